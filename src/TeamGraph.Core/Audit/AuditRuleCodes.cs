using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Core.Audit;

/// <summary>The audit's rules, as the codes its findings carry; each one's meaning is in its <see cref="DiagnosticDescriptionAttribute"/>.</summary>
public static class AuditRuleCodes
{
    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "A handoff one card declares and the other side's card does not mention. The two cards disagree about who gives what to whom.",
        "Add the matching row to the other card (an Outputs row for an Inputs row, and the reverse), or remove the row if the handoff no longer happens. If the other card names it differently, add a glossary row to the team registry.")]
    public const string OneSidedHandoff = "handoff-one-sided";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "A handoff two cards declare with formats that disagree, or in opposite directions.",
        "Agree on one format and direction and write it the same way on both cards.")]
    public const string ConflictingHandoff = "handoff-conflicting";

    /// <remarks>Matched by elimination: the only rows left between the two parties.</remarks>
    [DiagnosticDescription(DiagnosticSeverity.Info,
        "A handoff both cards seem to declare under names nothing ties together. The finding proposes the glossary row that would confirm it.",
        "If the names mean one handoff, add the proposed row to the glossary of the team registry (teamgraph audit prints it ready to paste); otherwise write the missing rows.")]
    public const string ProbableHandoff = "handoff-probable";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "A group or outside party the team registry does not declare, or a name nothing resolves.",
        "Declare the party in the team registry (team-structure.md), or spell it as the registry does.")]
    public const string UnknownActor = "unknown-actor";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "A role other cards name has no card of its own, so what it gives and receives is documented on one side only.",
        "Write the role's card, or name a documented role instead.")]
    public const string RoleWithoutCard = "role-without-card";

    [DiagnosticDescription(DiagnosticSeverity.Info,
        "A collaboration map edge has no Inputs, Outputs or Handoff Points row between the same parties.",
        "Add the row the edge stands for, or remove the edge from the map.")]
    public const string MapEdgeWithoutRow = "map-edge-without-row";

    [DiagnosticDescription(DiagnosticSeverity.Info,
        "An Inputs, Outputs or Handoff Points row whose parties the card's own collaboration map does not connect.",
        "Add the edge to the card's mermaid map, or remove the row.")]
    public const string RowMissingFromMap = "row-missing-from-map";

    [DiagnosticDescription(DiagnosticSeverity.Info,
        "A class given to a collaboration map's node or edge that no classDef of the map defines, so mermaid draws it unstyled.",
        "Add the classDef, or correct the class name.")]
    public const string MapUndefinedClass = "map-undefined-class";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "A link to a document inside the folder that does not exist.",
        "Correct the link's path, or write the document it points to.")]
    public const string MissingDocument = "missing-document";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "A decision that requires approval names no one to approve it.",
        "Name the approver in the decision's 'with whom' cell.")]
    public const string DecisionWithoutApprover = "decision-without-approver";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "An escalation goes to someone who has no card, is unknown, or is a system rather than a person.",
        "Escalate to a documented role, or write the missing card.")]
    public const string EscalationTargetMissing = "escalation-target-missing";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "Roles escalate to each other in a circle, so an escalation can come back to where it started.",
        "Break the circle: give one of the roles an escalation path that leaves it.")]
    public const string EscalationCycle = "escalation-cycle";

    /// <summary>
    /// A rule failed unexpectedly (a TeamGraph bug); the finding names the rule, its other findings are missing and the
    /// other rules ran. The same code as an ingestion stage's failure, described there, so one filter finds both.
    /// </summary>
    public const string InternalError = IngestionDiagnosticCodes.InternalError;
}
