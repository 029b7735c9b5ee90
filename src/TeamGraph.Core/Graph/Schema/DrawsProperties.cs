namespace TeamGraph.Core.Graph.Schema;

/// <summary>
/// The properties of a <c>DRAWS</c> relationship from a <c>CollaborationMap</c> to an actor: one node of the map, as
/// the author wrote it.
/// </summary>
public static class DrawsProperties
{
    /// <summary>The node's id in the map (<c>TL</c> of <c>TL[Tech Lead]</c>).</summary>
    public static RequiredProperty<string> MapId { get; } = PropertyKeys.RequiredText("mapId");

    /// <summary>The text drawn in the node, when it has one of its own.</summary>
    public static OptionalProperty<string> Label { get; } = PropertyKeys.OptionalText("label");

    /// <summary>Its shape: mermaid's name from a data block (<c>@{ shape: db }</c>), else the shape its brackets draw (<c>Rectangle</c>, <c>Rounded</c>, ...).</summary>
    public static OptionalProperty<string> Shape { get; } = PropertyKeys.OptionalText("shape");

    /// <summary>Its classes (<c>:::name</c>, <c>class</c>), in order.</summary>
    public static DefaultedProperty<IReadOnlyList<string>> Classes { get; } = PropertyKeys.Texts("classes");

    /// <summary>Its inline styles (<c>style</c>), in order.</summary>
    public static DefaultedProperty<IReadOnlyList<string>> Styles { get; } = PropertyKeys.Texts("styles");

    /// <summary>The URL its <c>click</c> statement opens.</summary>
    public static OptionalProperty<string> Link { get; } = PropertyKeys.OptionalText("link");

    /// <summary>Where the link opens (<c>_blank</c>, <c>_self</c>, ...).</summary>
    public static OptionalProperty<string> LinkTarget { get; } = PropertyKeys.OptionalText("linkTarget");

    /// <summary>The tooltip of its <c>click</c> statement.</summary>
    public static OptionalProperty<string> Tooltip { get; } = PropertyKeys.OptionalText("tooltip");

    /// <summary>The callback its <c>click</c> statement calls, with its arguments when written.</summary>
    public static OptionalProperty<string> Callback { get; } = PropertyKeys.OptionalText("callback");

    /// <summary>Its data block, one <see cref="KeyedText"/> item per entry as written.</summary>
    public static DefaultedProperty<IReadOnlyList<string>> Data { get; } = PropertyKeys.Texts("data");

    /// <summary>The id of the innermost subgraph that holds it.</summary>
    public static OptionalProperty<string> Subgraph { get; } = PropertyKeys.OptionalText("subgraph");

    /// <summary>The schema: <c>source</c> (where the node is first written) and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(RelationshipTypes.Draws, MapId, Label, Shape, Classes, Styles, Link, LinkTarget, Tooltip, Callback, Data, Subgraph);
}
