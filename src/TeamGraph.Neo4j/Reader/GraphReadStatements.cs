using TeamGraph.Core.Graph;
using TeamGraph.Core.Queries;
using TeamGraph.Core.Store;

namespace TeamGraph.Neo4j.Reader;

/// <summary>
/// The Cypher the reader sends, one line each. Labels and types are the only names in the text (checked against the
/// vocabulary); ids are the <c>$ids</c> parameter. Every statement answers with elements in the same columns
/// (<c>id, label, startId, endId, props</c>; neighbour rows add the relationship's), so one decoder reads them all.
/// </summary>
internal static partial class GraphReadStatements
{
    /// <summary>The ids parameter every batched statement takes.</summary>
    public const string IdsParameter = "ids";

    private const string NodeColumns = "n.id AS id, labels(n)[0] AS label, null AS startId, null AS endId, properties(n) AS props";

    /// <summary>Every node of <paramref name="labels"/>.</summary>
    public static string Nodes(IReadOnlyCollection<string> labels) => $"MATCH (n:{Labels(labels)}) RETURN {NodeColumns}";

    /// <summary>
    /// Every node of the subgraph's labels, then every relationship of its types between two of them, in one answer: what the chain, reachability, authority and search queries walk in memory.
    /// </summary>
    public static string Subgraph(ReadSubgraph subgraph)
    {
        var labels = Labels(subgraph.Labels);
        return $"{Nodes(subgraph.Labels)} UNION ALL MATCH (a:{labels})-[r:{Types(subgraph.Types)}]->(b:{labels}) "
            + "RETURN r.id AS id, type(r) AS label, a.id AS startId, b.id AS endId, properties(r) AS props";
    }

    /// <summary>The nodes whose id is in <c>$ids</c>.</summary>
    public static string NodesById { get; } = $"MATCH (n) WHERE n.id IN ${IdsParameter} RETURN {NodeColumns}";

    /// <summary>Per actor in <c>$ids</c> (as <c>key</c>), the handoffs it gives directly or through a group it is a member of.</summary>
    public static string HandoffsGiven { get; } = Handoffs(
        $"MATCH (a)-[:{Neo4jVocabulary.Type(RelationshipTypes.Gives)}]->(h) RETURN h UNION "
        + $"MATCH (a)-[:{Neo4jVocabulary.Type(RelationshipTypes.MemberOf)}]->()-[:{Neo4jVocabulary.Type(RelationshipTypes.Gives)}]->(h) RETURN h");

    /// <summary>Per actor in <c>$ids</c> (as <c>key</c>), the handoffs it receives directly or through a group it is a member of.</summary>
    public static string HandoffsReceived { get; } = Handoffs(
        $"MATCH (h)-[:{Neo4jVocabulary.Type(RelationshipTypes.To)}]->(a) RETURN h UNION "
        + $"MATCH (h)-[:{Neo4jVocabulary.Type(RelationshipTypes.To)}]->()<-[:{Neo4jVocabulary.Type(RelationshipTypes.MemberOf)}]-(a) RETURN h");

    /// <summary>
    /// Per node in <c>$ids</c> (as <c>key</c>), its <paramref name="type"/> relationships in <paramref name="direction"/>
    /// (<c>relationshipId</c> ... <c>relationshipProps</c>) and the node at their other end (<c>id</c> ... <c>props</c>).
    /// Both directions are two branches, so a relationship from a node to itself comes back twice, as in memory.
    /// </summary>
    public static string Neighbours(string type, RelationshipDirection direction)
    {
        var name = Neo4jVocabulary.Type(type);
        var outgoing = Neighbours($"(n)-[r:{name}]->(m)");
        var incoming = Neighbours($"(n)<-[r:{name}]-(m)");
        return direction switch
        {
            RelationshipDirection.Outgoing => outgoing,
            RelationshipDirection.Incoming => incoming,
            _ => $"{outgoing} UNION ALL {incoming}",
        };
    }

    /// <summary>Every statement the reader can send, for every label set, type and direction it uses.</summary>
    public static IEnumerable<string> All() =>
        NodeLabels.All.Select(label => Nodes([label]))
            .Concat([NodesById, HandoffsGiven, HandoffsReceived, HandoffWalk(HandoffDirection.Downstream), HandoffWalk(HandoffDirection.Upstream)])
            .Concat(ReadSubgraph.All.Select(Subgraph))
            .Concat(RelationshipTypes.All.SelectMany(type => Enum.GetValues<RelationshipDirection>().Select(direction => Neighbours(type, direction))));

    private static string Handoffs(string union) =>
        $"MATCH (a) WHERE a.id IN ${IdsParameter} CALL (a) {{ {union} }} "
        + "RETURN a.id AS key, h.id AS id, labels(h)[0] AS label, null AS startId, null AS endId, properties(h) AS props";

    private static string Neighbours(string pattern) =>
        $"MATCH {pattern} WHERE n.id IN ${IdsParameter} RETURN n.id AS key, r.id AS relationshipId, type(r) AS type, "
        + "startNode(r).id AS relationshipStartId, endNode(r).id AS relationshipEndId, properties(r) AS relationshipProps, "
        + "m.id AS id, labels(m)[0] AS label, null AS startId, null AS endId, properties(m) AS props";

    private static string Labels(IEnumerable<string> labels) => string.Join('|', labels.Select(Neo4jVocabulary.Label));

    private static string Types(IEnumerable<string> types) => string.Join('|', types.Select(Neo4jVocabulary.Type));
}
