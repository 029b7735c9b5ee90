namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of a <c>Decision</c> node.</summary>
public static class DecisionProperties
{
    /// <summary>The decision the role takes alone.</summary>
    public static RequiredProperty<string> Text { get; } = PropertyKeys.RequiredText("text");

    /// <summary>An example of it.</summary>
    public static OptionalProperty<string> Example { get; } = PropertyKeys.OptionalText("example");

    /// <summary>The schema: <c>source</c> and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(NodeLabels.Decision, Text, Example);
}
