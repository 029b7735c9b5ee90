namespace TeamGraph.Core.Diagrams;

/// <summary>The line styles a diagram draws, each explained by one row of the legend.</summary>
public enum DiagramLineStyle
{
    /// <summary>A handoff both sides agree about, or whose other side has no card.</summary>
    Handoff,

    /// <summary>A one-sided or conflicting handoff: red and dashed.</summary>
    FlaggedHandoff,

    /// <summary>A collaboration-map edge.</summary>
    Collaboration,

    /// <summary>A mandatory escalation.</summary>
    Escalation,

    /// <summary>A decision needing approval.</summary>
    Approval,

    /// <summary>Regular communication.</summary>
    Communication,

    /// <summary>A member drawn outside its group's box.</summary>
    Membership,
}
