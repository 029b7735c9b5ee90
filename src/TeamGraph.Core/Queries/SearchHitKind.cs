namespace TeamGraph.Core.Queries;

/// <summary>What a search hit is; also the tie-break order between hits that rank the same.</summary>
public enum SearchHitKind
{
    /// <summary>A <c>Responsibility</c> node's text.</summary>
    Responsibility,

    /// <summary>A <c>Decision</c> a role takes alone.</summary>
    Decision,

    /// <summary>A decision that needs approval (a <c>NEEDS_APPROVAL</c> row).</summary>
    Approval,

    /// <summary>An escalation situation (an <c>ESCALATES_TO</c> row).</summary>
    Escalation,

    /// <summary>What a <c>Handoff</c> hands over.</summary>
    Handoff,

    /// <summary>An <c>Artifact</c> name.</summary>
    Artifact,

    /// <summary>A <c>Skill</c> name.</summary>
    Skill,

    /// <summary>A <c>Tool</c> name.</summary>
    Tool,
}
