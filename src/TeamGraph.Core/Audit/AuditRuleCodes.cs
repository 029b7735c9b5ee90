namespace TeamGraph.Core.Audit;

/// <summary>The audit's rules, as the codes its findings carry.</summary>
public static class AuditRuleCodes
{
    /// <summary>A handoff one card declares and the other side's card does not mention.</summary>
    public const string OneSidedHandoff = "handoff-one-sided";

    /// <summary>A handoff two cards declare with formats that disagree, or in opposite directions.</summary>
    public const string ConflictingHandoff = "handoff-conflicting";

    /// <summary>
    /// A handoff both cards seem to declare under names nothing ties together (matched by elimination); the finding
    /// proposes the glossary row that would confirm it.
    /// </summary>
    public const string ProbableHandoff = "handoff-probable";

    /// <summary>A group or outside party the team registry does not declare, or a name nothing resolves.</summary>
    public const string UnknownActor = "unknown-actor";

    /// <summary>A role other cards name that has no card of its own.</summary>
    public const string RoleWithoutCard = "role-without-card";

    /// <summary>A collaboration map edge with no Inputs, Outputs or Handoff Points row between the same parties.</summary>
    public const string MapEdgeWithoutRow = "map-edge-without-row";

    /// <summary>An Inputs, Outputs or Handoff Points row whose parties the card's own map does not connect.</summary>
    public const string RowMissingFromMap = "row-missing-from-map";

    /// <summary>A class given to a map's node or edge that no <c>classDef</c> of the map defines: mermaid draws it unstyled.</summary>
    public const string MapUndefinedClass = "map-undefined-class";

    /// <summary>A link to a document inside the folder that does not exist.</summary>
    public const string MissingDocument = "missing-document";

    /// <summary>A decision that "requires approval" but names no one to approve it.</summary>
    public const string DecisionWithoutApprover = "decision-without-approver";

    /// <summary>An escalation to someone who has no card, is unknown, or is a system.</summary>
    public const string EscalationTargetMissing = "escalation-target-missing";

    /// <summary>Roles that escalate to each other in a circle.</summary>
    public const string EscalationCycle = "escalation-cycle";

    /// <summary>
    /// A rule failed unexpectedly (a TeamGraph bug); the finding names the rule, its other findings are missing and the
    /// other rules ran. The same code as an ingestion stage's failure, so one filter finds both.
    /// </summary>
    public const string InternalError = "internal-error";
}
