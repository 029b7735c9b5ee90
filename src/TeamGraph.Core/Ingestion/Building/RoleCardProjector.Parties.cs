using TeamGraph.Core.Cards;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion.Mermaid;

namespace TeamGraph.Core.Ingestion.Building;

internal sealed partial class RoleCardProjector
{
    private void ProjectApprovals(RoleCard card, string roleId)
    {
        foreach (var approval in card.Approvals)
        {
            foreach (var approverId in ActorIds(approval.Approvers, approval.Source))
            {
                draft.AddRelationship(RelationshipTypes.NeedsApproval, roleId, approverId,
                    new PropertyBag(approval.Source).Set("decision", approval.Decision).Set("note", approval.Approvers.Note),
                    GraphIds.Slug(approval.Decision));
            }
        }
    }

    private void ProjectEscalations(RoleCard card, string roleId)
    {
        foreach (var escalation in card.Escalations)
        {
            foreach (var recipientId in ActorIds(escalation.Recipients, escalation.Source))
            {
                draft.AddRelationship(RelationshipTypes.EscalatesTo, roleId, recipientId,
                    new PropertyBag(escalation.Source).Set("situation", escalation.Situation).Set("urgency", escalation.Recipients.Note),
                    GraphIds.Slug(escalation.Situation));
            }
        }
    }

    private void ProjectCommunications(RoleCard card, string roleId)
    {
        foreach (var meeting in card.Communications)
        {
            foreach (var partyId in ActorIds(meeting.Party, meeting.Source))
            {
                draft.AddRelationship(RelationshipTypes.Meets, roleId, partyId,
                    new PropertyBag(meeting.Source).Set("frequency", meeting.Frequency).Set("format", meeting.Format).Set("note", meeting.Party.Note));
            }
        }
    }

    private void ProjectCollaborationMap(SourceDocument document, string roleId)
    {
        foreach (var chart in document.Charts)
        {
            foreach (var edge in chart.Edges)
            {
                var fromId = ActorId(edge.From, edge.Source);
                var toId = ActorId(edge.To, edge.Source);
                var bidirectional = edge.StartHead != MermaidArrowHead.None && edge.EndHead != MermaidArrowHead.None;
                draft.AddRelationship(RelationshipTypes.Collaborates, fromId, toId,
                    new PropertyBag(edge.Source).Set("label", edge.Label).Set("document", document.Path)
                        .Set("declaredBy", roleId).Set("bidirectional", bidirectional ? true : null),
                    $"{document.Path}:{GraphIds.Slug(edge.Label ?? "")}");
            }
        }
    }
}
