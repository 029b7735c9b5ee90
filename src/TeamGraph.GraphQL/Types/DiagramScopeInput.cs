namespace TeamGraph.GraphQL.Types;

/// <summary>
/// <c>input DiagramScope</c>: the part of the team to draw, roles as written (codes, names, aliases or node ids).
/// Exactly one of <see cref="Team"/>, <see cref="Role"/>, <see cref="From"/> with <see cref="To"/>, or <see cref="Roles"/>.
/// </summary>
internal sealed class DiagramScopeInput
{
    public bool? Team { get; set; }

    public string? Role { get; set; }

    public int? Depth { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public int? MaxHops { get; set; }

    public int? MaxPaths { get; set; }

    public IReadOnlyList<string>? Roles { get; set; }
}
