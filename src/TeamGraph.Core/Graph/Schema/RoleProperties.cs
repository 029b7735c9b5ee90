namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of a <c>Role</c> node.</summary>
public static class RoleProperties
{
    /// <summary>The role code ("DO").</summary>
    public static RequiredProperty<string> Code { get; } = PropertyKeys.RequiredText("code");

    /// <summary>The role's name; its code when no document names it.</summary>
    public static RequiredProperty<string> Name { get; } = PropertyKeys.RequiredText("name");

    /// <summary>True when the role has a card.</summary>
    public static RequiredProperty<bool> Documented { get; } = PropertyKeys.RequiredFlag("documented");

    /// <summary>Other names seen for the role, sorted.</summary>
    public static DefaultedProperty<IReadOnlyList<string>> Aliases { get; } = PropertyKeys.Texts("aliases");

    /// <summary>The level from the Identity table.</summary>
    public static OptionalProperty<string> Level { get; } = PropertyKeys.OptionalText("level");

    /// <summary>The core mission from the Identity table.</summary>
    public static OptionalProperty<string> Mission { get; } = PropertyKeys.OptionalText("mission");

    /// <summary>Working style preferences, as "key: value".</summary>
    public static DefaultedProperty<IReadOnlyList<string>> Preferences { get; } = PropertyKeys.Texts("preferences");

    /// <summary>Problem-solving steps, in order.</summary>
    public static DefaultedProperty<IReadOnlyList<string>> ProblemSolving { get; } = PropertyKeys.Texts("problemSolving");

    /// <summary>Typical phrases.</summary>
    public static DefaultedProperty<IReadOnlyList<string>> TypicalPhrases { get; } = PropertyKeys.Texts("typicalPhrases");

    /// <summary>The schema: <c>source</c> and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(NodeLabels.Role, Code, Name, Documented, Aliases, Level, Mission, Preferences, ProblemSolving, TypicalPhrases);
}
