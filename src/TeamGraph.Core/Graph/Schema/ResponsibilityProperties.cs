namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of a <c>Responsibility</c> node.</summary>
public static class ResponsibilityProperties
{
    /// <summary>The responsibility's title.</summary>
    public static RequiredProperty<string> Text { get; } = PropertyKeys.RequiredText("text");

    /// <summary>"primary", "secondary" or "not-responsible".</summary>
    public static RequiredProperty<string> Kind { get; } = PropertyKeys.RequiredText("kind");

    /// <summary>The share of time its list heading gives ("70%").</summary>
    public static OptionalProperty<string> Share { get; } = PropertyKeys.OptionalText("share");

    /// <summary>The sub-items under it.</summary>
    public static DefaultedProperty<IReadOnlyList<string>> Details { get; } = PropertyKeys.Texts("details");

    /// <summary>The schema: <c>source</c> and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(NodeLabels.Responsibility, Text, Kind, Share, Details);
}
