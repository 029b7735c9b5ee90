using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of a <c>Handoff</c> node.</summary>
public static class HandoffProperties
{
    /// <summary>What is handed over, as its first declaration words it (see <c>HandoffText.Unnamed</c> for a blank cell).</summary>
    public static RequiredProperty<string> What { get; } = PropertyKeys.RequiredText("what");

    /// <summary>The format, when the declarations give one.</summary>
    public static OptionalProperty<string> Format { get; } = PropertyKeys.OptionalText("format");

    /// <summary>The trigger of a Handoff Points row.</summary>
    public static OptionalProperty<string> Trigger { get; } = PropertyKeys.OptionalText("trigger");

    /// <summary>One of <c>HandoffStatus</c>.</summary>
    public static RequiredProperty<string> Status { get; } = PropertyKeys.RequiredText("status");

    /// <summary>What the declarations disagree on ("format", "direction", …).</summary>
    public static DefaultedProperty<IReadOnlyList<string>> Conflicts { get; } = PropertyKeys.Texts("conflicts");

    /// <summary>The documented parties whose cards do not mention the handoff.</summary>
    public static DefaultedProperty<IReadOnlyList<string>> UndeclaredBy { get; } = PropertyKeys.Texts("undeclaredBy");

    /// <summary>How its declarations were found to be one handoff (<c>MatchMethod</c>, strongest first); empty for a single row.</summary>
    public static DefaultedProperty<IReadOnlyList<string>> MatchedBy { get; } = PropertyKeys.Texts("matchedBy");

    /// <summary>How sure the matcher is that its declarations are one handoff (0–1, its weakest join); 1 when nothing was guessed.</summary>
    public static DefaultedProperty<double> Confidence { get; } = PropertyKeys.Fraction("confidence", 1.0);

    /// <summary>Where each declaration is written.</summary>
    public static DefaultedProperty<IReadOnlyList<SourceRef>> Sources { get; } = PropertyKeys.Sources("sources");

    /// <summary>The schema: <c>source</c> and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(NodeLabels.Handoff, What, Format, Trigger, Status, Conflicts, UndeclaredBy, MatchedBy, Confidence, Sources);
}
