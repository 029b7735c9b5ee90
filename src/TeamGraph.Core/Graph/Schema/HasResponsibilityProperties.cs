namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of a <c>HAS_RESPONSIBILITY</c> relationship.</summary>
public static class HasResponsibilityProperties
{
    /// <summary>"primary", "secondary" or "not-responsible".</summary>
    public static RequiredProperty<string> Kind { get; } = PropertyKeys.RequiredText("kind");

    /// <summary>The schema: <c>source</c> and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(RelationshipTypes.HasResponsibility, Kind);
}
