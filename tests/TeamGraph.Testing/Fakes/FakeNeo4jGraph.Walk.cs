using System.Text.Json.Nodes;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Queries;

namespace TeamGraph.Testing.Fakes;

/// <summary>One hop of the reader's handoff walk, done as its Cypher says (<c>GraphReadStatements.HandoffWalk</c>).</summary>
public sealed partial class FakeNeo4jGraph
{
    private static readonly string[] ActorLabels = [NodeLabels.Role, NodeLabels.Group, NodeLabels.ExternalActor];
    private static readonly string[] DeclaringLabels = [.. ActorLabels, NodeLabels.Handoff, NodeLabels.Document];

    private JsonObject HandoffWalk(List<(string Label, string Id, FakeElement Element)> frontier, HandoffDirection direction)
    {
        var handoffs = new List<string>();
        foreach (var actor in frontier)
        {
            // MATCH (a)-[:GIVES]->(h:Handoff) UNION MATCH (a)-[:MEMBER_OF]->()-[:GIVES]->(h:Handoff), or TO against the flow.
            var self = actor.Element.ElementId;
            var sides = RelationshipsOf(RelationshipTypes.MemberOf).Where(m => m.Element.Start == self).Select(m => m.Element.End!).Append(self).ToHashSet();
            var found = direction == HandoffDirection.Downstream
                ? RelationshipsOf(RelationshipTypes.Gives).Where(g => sides.Contains(g.Element.Start!)).Select(g => g.Element.End!)
                : RelationshipsOf(RelationshipTypes.To).Where(t => sides.Contains(t.Element.End!)).Select(t => t.Element.Start!);
            handoffs.AddRange(found.Where(h => NodeOf(h).Label == NodeLabels.Handoff));
        }

        var rows = new List<JsonNode?[]>();
        var returned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handoff in handoffs.Distinct())
        {
            var givers = Around(handoff, RelationshipTypes.Gives, toHandoff: true, ActorLabels);
            var receivers = Around(handoff, RelationshipTypes.To, toHandoff: false, ActorLabels);
            var sides = givers.Concat(receivers).Select(p => p.Other).Where(o => ActorLabels.Contains(NodeOf(o).Label)).ToHashSet();
            var members = RelationshipsOf(RelationshipTypes.MemberOf)
                .Where(m => sides.Contains(m.Element.End!) && ActorLabels.Contains(NodeOf(m.Element.Start!).Label))
                .Select(m => (Relationship: m, Other: m.Element.Start!));
            var touched = givers.Concat(receivers).Concat(Around(handoff, RelationshipTypes.Declares, toHandoff: true, DeclaringLabels)).Concat(members);
            foreach (var (relationship, other) in touched)
            {
                // UNWIND [h, x, r] ... RETURN DISTINCT: each element once.
                AddOnce(rows, returned, handoff, NodeRow(null, NodeOf(handoff)));
                AddOnce(rows, returned, other, NodeRow(null, NodeOf(other)));
                AddOnce(rows, returned, relationship.Element.ElementId, RelationshipRow(relationship.Type, relationship.Element));
            }
        }

        return Result(Columns, [.. rows]);
    }

    /// <summary>The <paramref name="type"/> relationships into (or out of) a handoff whose other end has one of <paramref name="labels"/>.</summary>
    private List<((string Type, FakeElement Element) Relationship, string Other)> Around(string handoff, string type, bool toHandoff, string[] labels) =>
        RelationshipsOf(type)
            .Where(r => (toHandoff ? r.Element.End : r.Element.Start) == handoff)
            .Select(r => (Relationship: r, Other: toHandoff ? r.Element.Start! : r.Element.End!))
            .Where(p => labels.Contains(NodeOf(p.Other).Label))
            .ToList();

    private static void AddOnce(List<JsonNode?[]> rows, HashSet<string> returned, string elementId, JsonNode?[] row)
    {
        if (returned.Add(elementId))
        {
            rows.Add(row);
        }
    }
}
