using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Diagrams;

/// <summary>
/// Draws the collaboration diagrams: builds the request's <see cref="DiagramView"/> with
/// <see cref="DiagramViewBuilder"/>, then writes it in the requested language. Stateless and thread-safe.
/// </summary>
public sealed class DiagramGenerator : IDiagramGenerator
{
    private readonly IReadOnlyDictionary<DiagramFormat, IDiagramWriter> _writers;

    /// <summary>A generator with the mermaid, DOT and PlantUML writers.</summary>
    public DiagramGenerator()
        : this([new MermaidDiagramWriter(), new DotDiagramWriter(), new PlantUmlDiagramWriter()])
    {
    }

    /// <summary>A generator with <paramref name="writers"/>, one per format: the seam where tests put a failing writer.</summary>
    internal DiagramGenerator(IEnumerable<IDiagramWriter> writers) => _writers = writers.ToDictionary(w => w.Format);

    /// <inheritdoc/>
    /// <exception cref="StageFailedException">The writer failed unexpectedly; the message names the format and the scope.</exception>
    public DiagramResult Generate(PropertyGraph graph, DiagramRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var writer = _writers.GetValueOrDefault(request.Format) ?? throw new ArgumentException($"Unknown diagram format {request.Format}.", nameof(request));
        var view = DiagramViewBuilder.Build(graph, request);
        var text = StageGuard.Run(PipelineStage.Diagram, $"{Describe(request.Scope)} in {request.Format.ToString().ToLowerInvariant()}", () => writer.Write(view));
        return new DiagramResult(request.Format, text, view.Nodes.Count, view.DrawnEdgeCount)
        {
            Nodes = view.Nodes,
            ClusterIds = view.Clusters.Select(c => c.GroupId).ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>"the team diagram", "the diagram of role:DO's neighbourhood": the scope, for error messages.</summary>
    private static string Describe(DiagramScope scope) => scope.Kind switch
    {
        DiagramScopeKind.Team => "the team diagram",
        DiagramScopeKind.Neighbourhood => $"the diagram of {scope.RoleIds[0]}'s neighbourhood",
        DiagramScopeKind.Chains => $"the diagram of the chains from {scope.RoleIds[0]} to {scope.RoleIds[^1]}",
        _ => $"the diagram of the roles {string.Join(", ", scope.RoleIds)}",
    };
}
