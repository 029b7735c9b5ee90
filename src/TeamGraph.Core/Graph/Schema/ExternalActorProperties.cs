namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of an <c>ExternalActor</c> node.</summary>
public static class ExternalActorProperties
{
    /// <summary>The actor's name as first written.</summary>
    public static RequiredProperty<string> Name { get; } = PropertyKeys.RequiredText("name");

    /// <summary>"system", "external" or "unknown".</summary>
    public static RequiredProperty<string> Kind { get; } = PropertyKeys.RequiredText("kind");

    /// <summary>True when the team registry or the built-in vocabulary declares the actor.</summary>
    public static RequiredProperty<bool> Declared { get; } = PropertyKeys.RequiredFlag("declared");

    /// <summary>The schema: <c>source</c> and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(NodeLabels.ExternalActor, Name, Kind, Declared);
}
