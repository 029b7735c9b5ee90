namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of a <c>STUDIES</c> relationship.</summary>
public static class StudiesProperties
{
    /// <summary>"required", "useful", "resource", "technology" or "practice".</summary>
    public static RequiredProperty<string> Kind { get; } = PropertyKeys.RequiredText("kind");

    /// <summary>The note after a reading link.</summary>
    public static OptionalProperty<string> Note { get; } = PropertyKeys.OptionalText("note");

    /// <summary>The focus of a technology or practice.</summary>
    public static OptionalProperty<string> Focus { get; } = PropertyKeys.OptionalText("focus");

    /// <summary>The schema: <c>source</c> and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(RelationshipTypes.Studies, Kind, Note, Focus);
}
