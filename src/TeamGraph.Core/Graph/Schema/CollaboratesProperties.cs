namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of a <c>COLLABORATES</c> relationship: one edge of a card's collaboration map.</summary>
public static class CollaboratesProperties
{
    /// <summary>The edge's label.</summary>
    public static OptionalProperty<string> Label { get; } = PropertyKeys.OptionalText("label");

    /// <summary>The path of the card whose map draws it.</summary>
    public static RequiredProperty<string> Document { get; } = PropertyKeys.RequiredText("document");

    /// <summary>The node id of the role whose card it is.</summary>
    public static RequiredProperty<string> DeclaredBy { get; } = PropertyKeys.RequiredText("declaredBy");

    /// <summary>True for an edge with arrow heads at both ends.</summary>
    public static DefaultedProperty<bool> Bidirectional { get; } = PropertyKeys.Flag("bidirectional");

    /// <summary>The schema: <c>source</c> and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(RelationshipTypes.Collaborates, Label, Document, DeclaredBy, Bidirectional);
}
