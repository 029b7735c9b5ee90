namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of a derived <c>HANDS_OFF</c> shortcut from giver to receiver.</summary>
public static class HandsOffProperties
{
    /// <summary>What the handoff hands over.</summary>
    public static RequiredProperty<string> What { get; } = PropertyKeys.RequiredText("what");

    /// <summary>The id of the <c>Handoff</c> node.</summary>
    public static RequiredProperty<string> Handoff { get; } = PropertyKeys.RequiredText("handoff");

    /// <summary>The schema: <c>source</c> and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(RelationshipTypes.HandsOff, What, Handoff);
}
