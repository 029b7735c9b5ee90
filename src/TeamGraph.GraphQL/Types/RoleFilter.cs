namespace TeamGraph.GraphQL.Types;

/// <summary>Which roles to list; every given condition must hold. Text conditions compare case-insensitively by substring.</summary>
internal sealed class RoleFilter
{
    public string? Skill { get; set; }

    public string? Tool { get; set; }

    public string? Level { get; set; }

    public bool? Documented { get; set; }

    public string? Text { get; set; }
}
