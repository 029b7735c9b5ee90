using TeamGraph.Core.Diagrams;
using TeamGraph.Core.Graph;

namespace TeamGraph.Cli.Tests;

/// <summary>A generator that remembers each request and draws a fixed text naming it, to check what the commands ask for.</summary>
internal sealed class RecordingDiagramGenerator : IDiagramGenerator
{
    public List<DiagramRequest> Requests { get; } = [];

    public DiagramResult Generate(PropertyGraph graph, DiagramRequest request)
    {
        Requests.Add(request);
        var scope = request.Scope;
        var kinds = string.Join(",", (request.Kinds ?? new HashSet<EdgeKind>()).Order());
        return new DiagramResult(request.Format, $"{request.Format} {scope.Kind} {string.Join(",", scope.RoleIds)} {kinds}\nsecond line", 3, 2);
    }
}
