namespace TeamGraph.Core.Graph.Schema;

/// <summary>
/// The properties of a <c>CollaborationMap</c> node: one mermaid flowchart of a document, what it says as a whole.
/// Its nodes are <c>DRAWS</c> relationships to actors; its edges are the <c>COLLABORATES</c> relationships whose
/// <c>map</c> is its id.
/// </summary>
public static class CollaborationMapProperties
{
    /// <summary>The path of the document the map is in.</summary>
    public static RequiredProperty<string> Document { get; } = PropertyKeys.RequiredText("document");

    /// <summary>The direction it is drawn in: TB, BT, LR or RL.</summary>
    public static RequiredProperty<string> Direction { get; } = PropertyKeys.RequiredText("direction");

    /// <summary>Its accessible title (<c>accTitle</c>).</summary>
    public static OptionalProperty<string> Title { get; } = PropertyKeys.OptionalText("title");

    /// <summary>Its accessible description (<c>accDescr</c>).</summary>
    public static OptionalProperty<string> Description { get; } = PropertyKeys.OptionalText("description");

    /// <summary>Its <c>classDef</c> statements, one <see cref="KeyedText"/> item per class: the name, then the styles as written (<c>lead: fill:#f9f,stroke:#333</c>).</summary>
    public static DefaultedProperty<IReadOnlyList<string>> ClassDefs { get; } = PropertyKeys.Texts("classDefs");

    /// <summary>The styles of <c>linkStyle default</c>, given to every edge without its own.</summary>
    public static DefaultedProperty<IReadOnlyList<string>> DefaultLinkStyles { get; } = PropertyKeys.Texts("defaultLinkStyles");

    /// <summary>The curve of <c>linkStyle default interpolate ...</c>.</summary>
    public static OptionalProperty<string> DefaultLinkInterpolate { get; } = PropertyKeys.OptionalText("defaultLinkInterpolate");

    /// <summary>The schema: <c>source</c> (the <c>graph</c>/<c>flowchart</c> line) and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(NodeLabels.CollaborationMap, Document, Direction, Title, Description, ClassDefs, DefaultLinkStyles, DefaultLinkInterpolate);
}
