namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of a <c>NEEDS_APPROVAL</c> relationship (one per approver of a row).</summary>
public static class NeedsApprovalProperties
{
    /// <summary>The decision that needs approval.</summary>
    public static RequiredProperty<string> Decision { get; } = PropertyKeys.RequiredText("decision");

    /// <summary>The note of the approvers cell ("cost").</summary>
    public static OptionalProperty<string> Note { get; } = PropertyKeys.OptionalText("note");

    /// <summary>The schema: <c>source</c> and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(RelationshipTypes.NeedsApproval, Decision, Note);
}
