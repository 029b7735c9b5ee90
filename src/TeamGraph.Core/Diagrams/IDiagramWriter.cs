namespace TeamGraph.Core.Diagrams;

/// <summary>Writes a <see cref="DiagramView"/> in one diagram language.</summary>
public interface IDiagramWriter
{
    /// <summary>The language written.</summary>
    DiagramFormat Format { get; }

    /// <summary>The diagram text: deterministic, <c>\n</c> line ends, ending with a line end.</summary>
    string Write(DiagramView view);
}
