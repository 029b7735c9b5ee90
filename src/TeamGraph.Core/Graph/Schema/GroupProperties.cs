namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of a <c>Group</c> node.</summary>
public static class GroupProperties
{
    /// <summary>The group's name ("Developers").</summary>
    public static RequiredProperty<string> Name { get; } = PropertyKeys.RequiredText("name");

    /// <summary>True when the team registry declares the group; false when the built-in vocabulary guessed it.</summary>
    public static RequiredProperty<bool> Declared { get; } = PropertyKeys.RequiredFlag("declared");

    /// <summary>The member role codes.</summary>
    public static DefaultedProperty<IReadOnlyList<string>> Members { get; } = PropertyKeys.Texts("members");

    /// <summary>The schema: <c>source</c> and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(NodeLabels.Group, Name, Declared, Members);
}
