using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Diagrams;

/// <summary>
/// Draws the collaboration diagrams: builds the request's <see cref="DiagramView"/> with
/// <see cref="DiagramViewBuilder"/>, then writes it in the requested language. Stateless and thread-safe.
/// </summary>
public sealed class DiagramGenerator : IDiagramGenerator
{
    private readonly IReadOnlyDictionary<DiagramFormat, IDiagramWriter> _writers = new IDiagramWriter[]
    {
        new MermaidDiagramWriter(), new DotDiagramWriter(), new PlantUmlDiagramWriter(),
    }.ToDictionary(w => w.Format);

    /// <inheritdoc/>
    public DiagramResult Generate(PropertyGraph graph, DiagramRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var writer = _writers.GetValueOrDefault(request.Format) ?? throw new ArgumentException($"Unknown diagram format {request.Format}.", nameof(request));
        var view = DiagramViewBuilder.Build(graph, request);
        return new DiagramResult(request.Format, writer.Write(view), view.Nodes.Count, view.DrawnEdgeCount);
    }
}
