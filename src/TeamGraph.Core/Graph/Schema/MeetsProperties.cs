namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of a <c>MEETS</c> relationship: a communication frequency row.</summary>
public static class MeetsProperties
{
    /// <summary>How often.</summary>
    public static OptionalProperty<string> Frequency { get; } = PropertyKeys.OptionalText("frequency");

    /// <summary>In what form.</summary>
    public static OptionalProperty<string> Format { get; } = PropertyKeys.OptionalText("format");

    /// <summary>The note of the party cell.</summary>
    public static OptionalProperty<string> Note { get; } = PropertyKeys.OptionalText("note");

    /// <summary>The schema: <c>source</c> and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(RelationshipTypes.Meets, Frequency, Format, Note);
}
