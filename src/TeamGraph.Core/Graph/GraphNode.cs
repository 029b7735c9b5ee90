namespace TeamGraph.Core.Graph;

/// <summary>
/// A node of the property graph. <see cref="Id"/> is deterministic (derived from codes and normalised text), so
/// re-ingesting the same documents gives the same ids. Property values are <see cref="string"/>, <see cref="long"/>,
/// <see cref="double"/>, <see cref="bool"/> or string arrays; every node has a <c>source</c> (<c>path:line</c>).
/// </summary>
public sealed record GraphNode(string Id, string Label, IReadOnlyDictionary<string, object> Properties);
