using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Diagrams;

/// <summary>Draws a scoped view of the graph. The same graph and request give the same text, byte for byte.</summary>
public interface IDiagramGenerator
{
    /// <summary>Generates the diagram; an unknown actor id in the scope is an <see cref="ArgumentException"/>.</summary>
    DiagramResult Generate(PropertyGraph graph, DiagramRequest request);
}
