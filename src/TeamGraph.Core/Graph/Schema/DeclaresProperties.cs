namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of a <c>DECLARES</c> relationship: one Inputs, Outputs or Handoff Points row as written.</summary>
public static class DeclaresProperties
{
    /// <summary>One of <c>HandoffSide</c>.</summary>
    public static RequiredProperty<string> Side { get; } = PropertyKeys.RequiredText("side");

    /// <summary>What the row says is handed over.</summary>
    public static RequiredProperty<string> What { get; } = PropertyKeys.RequiredText("what");

    /// <summary>The row's format.</summary>
    public static OptionalProperty<string> Format { get; } = PropertyKeys.OptionalText("format");

    /// <summary>The row's trigger.</summary>
    public static OptionalProperty<string> Trigger { get; } = PropertyKeys.OptionalText("trigger");

    /// <summary>The note of the party cell.</summary>
    public static OptionalProperty<string> Note { get; } = PropertyKeys.OptionalText("note");

    /// <summary>The node id of the giver.</summary>
    public static RequiredProperty<string> Giver { get; } = PropertyKeys.RequiredText("giver");

    /// <summary>The node ids of the receivers, sorted; empty when the row names nobody.</summary>
    public static DefaultedProperty<IReadOnlyList<string>> Receivers { get; } = PropertyKeys.Texts("receivers");

    /// <summary>The schema: <c>source</c> and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(RelationshipTypes.Declares, Side, What, Format, Trigger, Note, Giver, Receivers);
}
