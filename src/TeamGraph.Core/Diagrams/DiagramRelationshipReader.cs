using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.Core.Diagrams;

/// <summary>Reads the actor-to-actor relationships of the chosen kinds from the graph, one per relationship row.</summary>
internal static class DiagramRelationshipReader
{
    public static List<DiagramRelationship> Read(PropertyGraph graph, IReadOnlySet<EdgeKind> kinds)
    {
        var relationships = new List<DiagramRelationship>();
        if (kinds.Contains(EdgeKind.Handoff))
        {
            relationships.AddRange(Handoffs(graph));
        }

        foreach (var relationship in graph.Relationships)
        {
            if (Kind(relationship.Type) is { } kind && kinds.Contains(kind)
                && IsActor(graph, relationship.StartId) && IsActor(graph, relationship.EndId))
            {
                var label = Label(relationship);
                relationships.Add(new DiagramRelationship(kind, relationship.StartId, relationship.EndId, DiagramLabels.Cap(label)));
            }
        }

        return relationships;
    }

    private static bool IsActor(PropertyGraph graph, string id) => graph.FindNode(id) is { IsActor: true };

    /// <summary>One relationship per giver and receiver of each <c>Handoff</c> node (from <c>GIVES</c> and <c>TO</c>).</summary>
    private static IEnumerable<DiagramRelationship> Handoffs(PropertyGraph graph)
    {
        var givers = new Dictionary<string, string>(StringComparer.Ordinal);
        var receivers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var relationship in graph.Relationships)
        {
            if (relationship.Type == RelationshipTypes.Gives && IsActor(graph, relationship.StartId))
            {
                givers.TryAdd(relationship.EndId, relationship.StartId);
            }
            else if (relationship.Type == RelationshipTypes.To && IsActor(graph, relationship.EndId))
            {
                (receivers.TryGetValue(relationship.StartId, out var list) ? list : receivers[relationship.StartId] = []).Add(relationship.EndId);
            }
        }

        foreach (var handoff in graph.Nodes.Where(n => n.Label == NodeLabels.Handoff))
        {
            if (givers.TryGetValue(handoff.Id, out var giver) && receivers.TryGetValue(handoff.Id, out var to))
            {
                var status = handoff.Get(HandoffProperties.Status);
                var label = DiagramLabels.Handoff(handoff.Get(HandoffProperties.What), handoff.Get(HandoffProperties.Trigger), status);
                foreach (var receiver in to.Distinct(StringComparer.Ordinal))
                {
                    yield return new DiagramRelationship(EdgeKind.Handoff, giver, receiver, label, status);
                }
            }
        }
    }

    private static EdgeKind? Kind(string type) => type switch
    {
        RelationshipTypes.Collaborates => EdgeKind.Collaboration,
        RelationshipTypes.EscalatesTo => EdgeKind.Escalation,
        RelationshipTypes.NeedsApproval => EdgeKind.Approval,
        RelationshipTypes.Meets => EdgeKind.Communication,
        _ => null,
    };

    private static string? Label(GraphRelationship relationship) => relationship.Type switch
    {
        RelationshipTypes.Collaborates => relationship.Get(CollaboratesProperties.Label),
        RelationshipTypes.EscalatesTo => relationship.Get(EscalatesToProperties.Situation),
        RelationshipTypes.NeedsApproval => relationship.Get(NeedsApprovalProperties.Decision),
        _ => relationship.Get(MeetsProperties.Frequency),
    };
}
