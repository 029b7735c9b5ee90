using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Store;
using TeamGraph.Neo4j.Reader;

namespace TeamGraph.Testing.Fakes;

/// <summary>
/// The reader's statements, answered by doing what the Cypher says over the stored
/// elements (a node's label, a relationship's ends by element id), in the statements' columns. What this cannot show is
/// whether Neo4j reads the Cypher the same way; the container tests do, where Docker runs.
/// </summary>
public sealed partial class FakeNeo4jGraph
{
    private JsonObject Read(FakeStatement read, JsonElement parameters)
    {
        switch (read.Kind)
        {
            case FakeStatementKind.NodesLabelled:
                return NodeRows(NodesWhere(n => n.Label == read.Name));
            case FakeStatementKind.Subgraph:
                var subgraph = read.Subgraph!;
                var nodes = NodesWhere(n => subgraph.Labels.Contains(n.Label)).ToList();
                var inside = nodes.Select(n => n.Element.ElementId).ToHashSet();
                var relationships = Relationships.Where(r => subgraph.Types.Contains(r.Key.Type) && inside.Contains(r.Value.Start!) && inside.Contains(r.Value.End!));
                return Result(Columns, [.. nodes.Select(n => NodeRow(null, n)), .. relationships.Select(r => RelationshipRow(r.Key.Type, r.Value))]);
        }

        var ids = parameters.GetProperty(GraphReadStatements.IdsParameter).EnumerateArray().Select(i => i.GetString()).ToHashSet();
        var matched = NodesWhere(n => ids.Contains(n.Id)).ToList();
        return read.Kind switch
        {
            FakeStatementKind.NodesById => NodeRows(matched),
            FakeStatementKind.HandoffsGiven => Handoffs(matched, given: true),
            FakeStatementKind.HandoffsReceived => Handoffs(matched, given: false),
            FakeStatementKind.HandoffWalk => HandoffWalk(matched, read.Walk),
            FakeStatementKind.Neighbours => Neighbours(matched, (read.Name!, read.Direction)),
            _ => throw new InvalidOperationException($"The fake has no read for {read.Kind}."),
        };
    }

    private static readonly string[] Columns = ["id", "label", "startId", "endId", "props"];

    private IEnumerable<(string Label, string Id, FakeElement Element)> NodesWhere(Func<(string Label, string Id), bool> filter) =>
        Nodes.Where(n => filter(n.Key)).Select(n => (n.Key.Label, n.Key.Id, n.Value));

    private (string Label, string Id, FakeElement Element) NodeOf(string elementId) =>
        Nodes.Where(n => n.Value.ElementId == elementId).Select(n => (n.Key.Label, n.Key.Id, n.Value)).Single();

    private IEnumerable<(string Type, FakeElement Element)> RelationshipsOf(string type) =>
        Relationships.Where(r => r.Key.Type == type).Select(r => (r.Key.Type, r.Value));

    private JsonObject Handoffs(List<(string Label, string Id, FakeElement Element)> actors, bool given)
    {
        var rows = new List<JsonNode?[]>();
        foreach (var actor in actors)
        {
            var self = actor.Element.ElementId;
            var groups = RelationshipsOf(RelationshipTypes.MemberOf).Where(m => m.Element.Start == self).Select(m => m.Element.End!).ToHashSet();
            var handoffs = given
                ? RelationshipsOf(RelationshipTypes.Gives).Where(g => g.Element.Start == self || groups.Contains(g.Element.Start!)).Select(g => g.Element.End!)
                : RelationshipsOf(RelationshipTypes.To).Where(t => t.Element.End == self || groups.Contains(t.Element.End!)).Select(t => t.Element.Start!);
            rows.AddRange(handoffs.Distinct().Select(h => NodeRow(actor.Id, NodeOf(h))));
        }

        return Result(["key", .. Columns], [.. rows]);
    }

    private JsonObject Neighbours(List<(string Label, string Id, FakeElement Element)> nodes, (string Type, RelationshipDirection Direction) read)
    {
        var rows = new List<JsonNode?[]>();
        foreach (var node in nodes)
        {
            foreach (var (type, relationship) in RelationshipsOf(read.Type))
            {
                if (read.Direction != RelationshipDirection.Incoming && relationship.Start == node.Element.ElementId)
                {
                    rows.Add([node.Id, .. RelationshipRow(type, relationship), .. NodeRow(null, NodeOf(relationship.End!))]);
                }

                if (read.Direction != RelationshipDirection.Outgoing && relationship.End == node.Element.ElementId)
                {
                    rows.Add([node.Id, .. RelationshipRow(type, relationship), .. NodeRow(null, NodeOf(relationship.Start!))]);
                }
            }
        }

        return Result(["key", "relationshipId", "type", "relationshipStartId", "relationshipEndId", "relationshipProps", .. Columns], [.. rows]);
    }

    private static JsonObject NodeRows(IEnumerable<(string Label, string Id, FakeElement Element)> nodes) => Result(Columns, [.. nodes.Select(n => NodeRow(null, n))]);

    private static JsonNode?[] NodeRow(string? key, (string Label, string Id, FakeElement Element) node) =>
        key is null ? [node.Id, node.Label, null, null, Props(node.Element)] : [key, node.Id, node.Label, null, null, Props(node.Element)];

    private JsonNode?[] RelationshipRow(string type, FakeElement relationship) =>
        [(string)relationship.Properties["id"]!, type, NodeOf(relationship.Start!).Id, NodeOf(relationship.End!).Id, Props(relationship)];

    /// <summary>Properties as Neo4j's plain JSON writes them: a FLOAT always with a decimal point or exponent.</summary>
    private static JsonObject Props(FakeElement element) => new(element.Properties.Select(p => KeyValuePair.Create(p.Key, Value(p.Value))));

    private static JsonNode? Value(object? value) => value switch
    {
        null => null,
        double number => JsonNode.Parse(number.ToString("R", CultureInfo.InvariantCulture) is var text && text.AsSpan().IndexOfAny(".eE") < 0 ? text + ".0" : text),
        string[] items => new JsonArray([.. items.Select(i => (JsonNode?)i)]),
        object?[] items => new JsonArray([.. items.Select(Value)]),
        _ => JsonValue.Create(value),
    };
}
