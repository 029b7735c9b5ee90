using TeamGraph.Core.Audit;
using TeamGraph.Core.Ingestion;
using TeamGraph.Neo4j.Writer;

namespace TeamGraph.Cli;

/// <summary>No progress at all: <c>--quiet</c>.</summary>
internal sealed class SilentProgress : ICommandProgress
{
    public static SilentProgress Instance { get; } = new();

    public void Report(IngestionProgress value)
    {
    }

    public void Report(AuditProgress value)
    {
    }

    public void Report(GraphWriteProgress value)
    {
    }

    public IDisposable Writing(string what) => this;

    public void Dispose()
    {
    }
}
