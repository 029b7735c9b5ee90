namespace TeamGraph.Core.Diagrams;

/// <summary>One actor of a <see cref="DiagramView"/>.</summary>
/// <param name="Id">The graph node id (<c>role:DO</c>).</param>
/// <param name="Key">The identifier the writers use (<c>role_DO</c>): ASCII letters, digits and underscores, unique in the view.</param>
/// <param name="Label">The text shown (<c>DevOps Engineer (DO)</c>), capped in length.</param>
/// <param name="Kind">How it is drawn.</param>
public sealed record DiagramNode(string Id, string Key, string Label, DiagramNodeKind Kind);
