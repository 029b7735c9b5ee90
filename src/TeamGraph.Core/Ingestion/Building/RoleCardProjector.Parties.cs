using TeamGraph.Core.Cards;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion.Mermaid;

namespace TeamGraph.Core.Ingestion.Building;

internal sealed partial class RoleCardProjector
{
    private void ProjectApprovals(RoleCard card, string roleId)
    {
        foreach (var approval in card.Approvals)
        {
            LinkToParties(RelationshipTypes.NeedsApproval, roleId, approval.Approvers, approval.Source, GraphIds.Slug(approval.Decision),
                bag => bag.Set(NeedsApprovalProperties.Decision, RequiredText.Or(approval.Decision, HandoffText.Unnamed)).Set(NeedsApprovalProperties.Note, approval.Approvers.Note));
        }
    }

    private void ProjectEscalations(RoleCard card, string roleId)
    {
        foreach (var escalation in card.Escalations)
        {
            LinkToParties(RelationshipTypes.EscalatesTo, roleId, escalation.Recipients, escalation.Source, GraphIds.Slug(escalation.Situation),
                bag => bag.Set(EscalatesToProperties.Situation, RequiredText.Or(escalation.Situation, HandoffText.Unnamed)).Set(EscalatesToProperties.Urgency, escalation.Recipients.Note));
        }
    }

    private void ProjectCommunications(RoleCard card, string roleId)
    {
        foreach (var meeting in card.Communications)
        {
            LinkToParties(RelationshipTypes.Meets, roleId, meeting.Party, meeting.Source, discriminator: null,
                bag => bag.Set(MeetsProperties.Frequency, meeting.Frequency).Set(MeetsProperties.Format, meeting.Format).Set(MeetsProperties.Note, meeting.Party.Note));
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
                    new PropertyBag(edge.Source).Set(CollaboratesProperties.Label, edge.Label).Set(CollaboratesProperties.Document, document.Path)
                        .Set(CollaboratesProperties.DeclaredBy, roleId).Set(CollaboratesProperties.Bidirectional, bidirectional),
                    $"{document.Path}:{GraphIds.Slug(edge.Label ?? "")}");
            }
        }
    }
}
