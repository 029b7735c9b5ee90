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
        for (var ordinal = 1; ordinal <= document.Charts.Count; ordinal++)
        {
            var chart = document.Charts[ordinal - 1];
            var mapId = ProjectMap(document.Path, ordinal, chart);
            foreach (var edge in chart.Edges)
            {
                var fromId = ActorId(edge.From, edge.Source);
                var toId = ActorId(edge.To, edge.Source);
                var bidirectional = edge.StartHead != MermaidArrowHead.None && edge.EndHead != MermaidArrowHead.None;
                draft.AddRelationship(RelationshipTypes.Collaborates, fromId, toId,
                    new PropertyBag(edge.Source).Set(CollaboratesProperties.Label, edge.Label).Set(CollaboratesProperties.Document, document.Path)
                        .Set(CollaboratesProperties.DeclaredBy, roleId).Set(CollaboratesProperties.Bidirectional, bidirectional)
                        .Set(CollaboratesProperties.Map, mapId).Set(CollaboratesProperties.Stroke, edge.Stroke.ToString().ToLowerInvariant())
                        .Set(CollaboratesProperties.EdgeId, edge.Id).Set(CollaboratesProperties.Classes, edge.Classes)
                        .Set(CollaboratesProperties.Styles, edge.Styles.Count > 0 ? edge.Styles : chart.DefaultLinkStyles)
                        .Set(CollaboratesProperties.Interpolate, edge.Interpolate ?? chart.DefaultLinkInterpolate)
                        .Set(CollaboratesProperties.Data, DataItems(edge.Data)),
                    $"{document.Path}:{GraphIds.Slug(edge.Label ?? "")}");
            }
        }
    }

    /// <summary>The map as a whole, and a <c>DRAWS</c> relationship to the actor each of its nodes stands for.</summary>
    private string ProjectMap(string path, int ordinal, MermaidFlowchart chart)
    {
        var mapId = draft.AddNode(GraphIds.Map(path, ordinal), NodeLabels.CollaborationMap, new PropertyBag(chart.Source)
            .Set(CollaborationMapProperties.Document, path).Set(CollaborationMapProperties.Direction, chart.Direction)
            .Set(CollaborationMapProperties.Title, chart.AccessibleTitle).Set(CollaborationMapProperties.Description, chart.AccessibleDescription)
            .Set(CollaborationMapProperties.ClassDefs, [.. chart.ClassDefs.Select(c => KeyedText.Join(c.Name, string.Join(',', c.Styles)))])
            .Set(CollaborationMapProperties.DefaultLinkStyles, chart.DefaultLinkStyles)
            .Set(CollaborationMapProperties.DefaultLinkInterpolate, chart.DefaultLinkInterpolate));
        draft.AddRelationship(RelationshipTypes.HasMap, GraphIds.Document(path), mapId, new PropertyBag(chart.Source));

        var subgraphOf = chart.Subgraphs.SelectMany(s => s.NodeIds.Select(n => (Node: n, Subgraph: s.Id)))
            .ToDictionary(p => p.Node, p => p.Subgraph, StringComparer.Ordinal);
        foreach (var node in chart.Nodes)
        {
            draft.AddRelationship(RelationshipTypes.Draws, mapId, ActorId(node.Id, node.Source), new PropertyBag(node.Source)
                    .Set(DrawsProperties.MapId, node.Id).Set(DrawsProperties.Label, node.HasExplicitLabel ? node.Label : null)
                    .Set(DrawsProperties.Shape, node.ShapeName ?? (node.Shape == MermaidNodeShape.None ? null : node.Shape.ToString()))
                    .Set(DrawsProperties.Classes, node.Classes).Set(DrawsProperties.Styles, node.Styles)
                    .Set(DrawsProperties.Link, node.Click?.Link).Set(DrawsProperties.LinkTarget, node.Click?.Target)
                    .Set(DrawsProperties.Tooltip, node.Click?.Tooltip).Set(DrawsProperties.Callback, node.Click?.Callback)
                    .Set(DrawsProperties.Data, DataItems(node.Data)).Set(DrawsProperties.Subgraph, subgraphOf.GetValueOrDefault(node.Id)),
                node.Id);
        }

        return mapId;
    }

    private static string[] DataItems(IReadOnlyDictionary<string, string> data) => [.. data.Select(pair => KeyedText.Join(pair.Key, pair.Value))];
}
