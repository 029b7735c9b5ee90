namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of a <c>USES_TOOL</c> relationship.</summary>
public static class UsesToolProperties
{
    /// <summary>How the tool is used.</summary>
    public static OptionalProperty<string> Usage { get; } = PropertyKeys.OptionalText("usage");

    /// <summary>The schema: <c>source</c> and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(RelationshipTypes.UsesTool, Usage);
}
