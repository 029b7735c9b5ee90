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
            LinkToParties(RelationshipTypes.NeedsApproval, roleId, approval.Approvers, approval.Source, GraphIds.Slug(approval.Decision),
                bag => bag.Set("decision", approval.Decision).Set("note", approval.Approvers.Note));
        }
    }

    private void ProjectEscalations(RoleCard card, string roleId)
    {
        foreach (var escalation in card.Escalations)
        {
            LinkToParties(RelationshipTypes.EscalatesTo, roleId, escalation.Recipients, escalation.Source, GraphIds.Slug(escalation.Situation),
                bag => bag.Set("situation", escalation.Situation).Set("urgency", escalation.Recipients.Note));
        }
    }

    private void ProjectCommunications(RoleCard card, string roleId)
    {
        foreach (var meeting in card.Communications)
        {
            LinkToParties(RelationshipTypes.Meets, roleId, meeting.Party, meeting.Source, discriminator: null,
                bag => bag.Set("frequency", meeting.Frequency).Set("format", meeting.Format).Set("note", meeting.Party.Note));
        }
    }

    /// <summary>One relationship from the role to each party a cell names, all with the row's properties and source.</summary>
    private void LinkToParties(string type, string roleId, PartyCell party, SourceRef source, string? discriminator, Func<PropertyBag, PropertyBag> properties)
    {
        foreach (var partyId in ActorIds(party, source))
        {
            draft.AddRelationship(type, roleId, partyId, properties(new PropertyBag(source)), discriminator);
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
