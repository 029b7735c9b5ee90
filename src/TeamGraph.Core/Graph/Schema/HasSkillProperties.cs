namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of a <c>HAS_SKILL</c> relationship.</summary>
public static class HasSkillProperties
{
    /// <summary>"technical" or "soft".</summary>
    public static RequiredProperty<string> Kind { get; } = PropertyKeys.RequiredText("kind");

    /// <summary>The level column of a technical skill.</summary>
    public static OptionalProperty<string> Level { get; } = PropertyKeys.OptionalText("level");

    /// <summary>How the skill is used.</summary>
    public static OptionalProperty<string> Usage { get; } = PropertyKeys.OptionalText("usage");

    /// <summary>The schema: <c>source</c> and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(RelationshipTypes.HasSkill, Kind, Level, Usage);
}
