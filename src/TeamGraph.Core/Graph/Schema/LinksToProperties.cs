namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of a <c>LINKS_TO</c> relationship.</summary>
public static class LinksToProperties
{
    /// <summary>The link's visible text.</summary>
    public static OptionalProperty<string> Text { get; } = PropertyKeys.OptionalText("text");

    /// <summary>The schema: <c>source</c> and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(RelationshipTypes.LinksTo, Text);
}
