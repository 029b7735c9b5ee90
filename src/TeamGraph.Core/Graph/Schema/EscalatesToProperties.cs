namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of an <c>ESCALATES_TO</c> relationship (one per recipient of a row).</summary>
public static class EscalatesToProperties
{
    /// <summary>The situation that is escalated.</summary>
    public static RequiredProperty<string> Situation { get; } = PropertyKeys.RequiredText("situation");

    /// <summary>The note of the recipients cell ("немедленно").</summary>
    public static OptionalProperty<string> Urgency { get; } = PropertyKeys.OptionalText("urgency");

    /// <summary>The schema: <c>source</c> and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(RelationshipTypes.EscalatesTo, Situation, Urgency);
}
