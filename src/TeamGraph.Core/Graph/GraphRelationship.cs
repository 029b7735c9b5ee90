namespace TeamGraph.Core.Graph;

/// <summary>
/// A directed relationship between two nodes, by id. Property values follow the same rules as
/// <see cref="GraphNode.Properties"/>; every relationship has a <c>source</c> (<c>path:line</c>).
/// </summary>
public sealed record GraphRelationship(
    string Id,
    string Type,
    string StartId,
    string EndId,
    IReadOnlyDictionary<string, object> Properties);
