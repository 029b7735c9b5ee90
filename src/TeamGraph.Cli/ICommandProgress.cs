using TeamGraph.Core.Audit;
using TeamGraph.Core.Ingestion;
using TeamGraph.Neo4j.Writer;

namespace TeamGraph.Cli;

/// <summary>
/// Where one command's long steps report on stderr: reading and building (the ingest), the audit's rules, the Neo4j
/// write and writing an output file. Reports may come from several threads. Disposing (again is harmless) ends the display, and must
/// come before the command prints its result.
/// </summary>
internal interface ICommandProgress : IProgress<IngestionProgress>, IProgress<AuditProgress>, IProgress<GraphWriteProgress>, IDisposable
{
    /// <summary>A step without a count, such as writing <paramref name="what"/>; it ends when the result is disposed.</summary>
    IDisposable Writing(string what);
}
