namespace TeamGraph.Core.Diagrams;

/// <summary>A generated diagram: its text, and how many nodes and edges it draws.</summary>
public sealed record DiagramResult(DiagramFormat Format, string Text, int NodeCount, int EdgeCount)
{
    /// <summary>
    /// The actors drawn, sorted by graph id, each with the key it has in <see cref="Text"/>: the mermaid node or
    /// subgraph id, the DOT node id (a group drawn as a box is the cluster <c>cluster_</c>key, with an invisible node
    /// of the key inside it where its edges end), the PlantUML alias. The legend's sample nodes are not listed.
    /// </summary>
    /// <value>Empty unless the generator filled it.</value>
    public IReadOnlyList<DiagramNode> Nodes { get; init; } = [];

    /// <summary>The group ids among <see cref="Nodes"/> drawn as boxes around their members.</summary>
    /// <value>Empty unless the generator filled it.</value>
    public IReadOnlySet<string> ClusterIds { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
