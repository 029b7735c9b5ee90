namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of a <c>PRODUCES</c> relationship.</summary>
public static class ProducesProperties
{
    /// <summary>What the artifacts list says about it.</summary>
    public static OptionalProperty<string> Detail { get; } = PropertyKeys.OptionalText("detail");

    /// <summary>The schema: <c>source</c> and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(RelationshipTypes.Produces, Detail);
}
