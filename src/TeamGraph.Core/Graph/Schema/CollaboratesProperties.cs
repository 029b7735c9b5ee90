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

    /// <summary>The id of the <c>CollaborationMap</c> node that draws it.</summary>
    public static RequiredProperty<string> Map { get; } = PropertyKeys.RequiredText("map");

    /// <summary>Its line: normal, thick, dotted, invisible, or invalid (a labelled link whose two ends disagree, kept as mermaid keeps it).</summary>
    public static RequiredProperty<string> Stroke { get; } = PropertyKeys.RequiredText("stroke");

    /// <summary>The id written before its link (<c>A e1@--&gt; B</c>).</summary>
    public static OptionalProperty<string> EdgeId { get; } = PropertyKeys.OptionalText("edgeId");

    /// <summary>Its classes (<c>class e1 name</c>), in order.</summary>
    public static DefaultedProperty<IReadOnlyList<string>> Classes { get; } = PropertyKeys.Texts("classes");

    /// <summary>The styles of its <c>linkStyle</c> (or <c>linkStyle default</c>), as written.</summary>
    public static DefaultedProperty<IReadOnlyList<string>> Styles { get; } = PropertyKeys.Texts("styles");

    /// <summary>Its curve (<c>linkStyle N interpolate basis</c>, or <c>curve</c> in its data block).</summary>
    public static OptionalProperty<string> Interpolate { get; } = PropertyKeys.OptionalText("interpolate");

    /// <summary>Its data block (<c>e1@{ animate: true }</c>), one <see cref="KeyedText"/> item per entry as written.</summary>
    public static DefaultedProperty<IReadOnlyList<string>> Data { get; } = PropertyKeys.Texts("data");

    /// <summary>The schema: <c>source</c> and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(
        RelationshipTypes.Collaborates, Label, Document, DeclaredBy, Bidirectional, Map, Stroke, EdgeId, Classes, Styles, Interpolate, Data);
}
