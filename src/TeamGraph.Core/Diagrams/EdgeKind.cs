namespace TeamGraph.Core.Diagrams;

/// <summary>Which relationships a diagram draws; each kind is drawn in its own style.</summary>
public enum EdgeKind
{
    /// <summary>Handoffs (<c>GIVES</c>/<c>TO</c>), labelled with what is handed over and the trigger when there is one.</summary>
    Handoff,

    /// <summary>The cards' mermaid collaboration maps (<c>COLLABORATES</c>).</summary>
    Collaboration,

    /// <summary>Mandatory escalations (<c>ESCALATES_TO</c>).</summary>
    Escalation,

    /// <summary>Decisions needing approval (<c>NEEDS_APPROVAL</c>).</summary>
    Approval,

    /// <summary>Regular communication (<c>MEETS</c>).</summary>
    Communication,
}
