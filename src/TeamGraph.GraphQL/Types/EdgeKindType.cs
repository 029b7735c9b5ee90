using GraphQL.Types;
using TeamGraph.Core.Diagrams;

namespace TeamGraph.GraphQL.Types;

/// <summary>The relationships a diagram can draw.</summary>
internal sealed class EdgeKindType : EnumerationGraphType
{
    public EdgeKindType()
    {
        Name = "EdgeKind";
        Description = "Which relationships a diagram draws; each kind in its own style.";
        Add("HANDOFF", EdgeKind.Handoff, "Handoffs, labelled with what is handed over (the default).");
        Add("COLLABORATION", EdgeKind.Collaboration, "The cards' collaboration maps.");
        Add("ESCALATION", EdgeKind.Escalation, "Mandatory escalations.");
        Add("APPROVAL", EdgeKind.Approval, "Decisions needing approval.");
        Add("COMMUNICATION", EdgeKind.Communication, "Regular communication.");
    }
}
