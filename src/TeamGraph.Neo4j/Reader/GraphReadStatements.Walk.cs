using TeamGraph.Core.Graph;
using TeamGraph.Core.Queries;

namespace TeamGraph.Neo4j.Reader;

/// <summary>The one hop of the bounded handoff walk that chains and reachability read.</summary>
internal static partial class GraphReadStatements
{
    private static readonly string[] ActorLabels = [NodeLabels.Role, NodeLabels.Group, NodeLabels.ExternalActor];

    /// <summary>
    /// One hop from the actors in <c>$ids</c>: the handoffs they give (<paramref name="direction"/> downstream) or
    /// receive (upstream), directly or through a group they are members of, and for each of those handoffs everything
    /// Core's handoff network needs to expand it exactly as over the whole graph: the handoff, its givers
    /// (<c>GIVES</c>), its receivers (<c>TO</c>), the members of each giver and receiver (<c>MEMBER_OF</c>) and the
    /// documents declaring it (<c>DECLARES</c>), each relationship with the node at its other end. Rows are elements
    /// in the subgraph columns (<c>id, label, startId, endId, props</c>), one per element per answer.
    /// </summary>
    /// <remarks>
    /// The rows are lists rather than maps so that the columns are list elements, not property accesses the linter
    /// would check against the vocabulary's property keys.
    /// </remarks>
    public static string HandoffWalk(HandoffDirection direction)
    {
        var handoff = Neo4jVocabulary.Label(NodeLabels.Handoff);
        var gives = Neo4jVocabulary.Type(RelationshipTypes.Gives);
        var to = Neo4jVocabulary.Type(RelationshipTypes.To);
        var memberOf = Neo4jVocabulary.Type(RelationshipTypes.MemberOf);
        var actors = Labels(ActorLabels);
        var found = direction == HandoffDirection.Downstream
            ? $"MATCH (a)-[:{gives}]->(h:{handoff}) RETURN h UNION MATCH (a)-[:{memberOf}]->()-[:{gives}]->(h:{handoff}) RETURN h"
            : $"MATCH (a)<-[:{to}]-(h:{handoff}) RETURN h UNION MATCH (a)-[:{memberOf}]->()<-[:{to}]-(h:{handoff}) RETURN h";
        return $"MATCH (a) WHERE a.id IN ${IdsParameter} CALL (a) {{ {found} }} WITH DISTINCT h CALL (h) {{ "
            + $"MATCH (x:{actors})-[r:{gives}]->(h) RETURN x, r UNION "
            + $"MATCH (h)-[r:{to}]->(x:{actors}) RETURN x, r UNION "
            + $"MATCH (x:{Labels([.. ActorLabels, NodeLabels.Handoff, NodeLabels.Document])})-[r:{Neo4jVocabulary.Type(RelationshipTypes.Declares)}]->(h) RETURN x, r UNION "
            + $"MATCH (x:{actors})-[r:{memberOf}]->(:{actors})-[:{gives}]->(h) RETURN x, r UNION "
            + $"MATCH (x:{actors})-[r:{memberOf}]->(:{actors})<-[:{to}]-(h) RETURN x, r }} "
            + "UNWIND [[h.id, labels(h)[0], null, null, properties(h)], [x.id, labels(x)[0], null, null, properties(x)], "
            + "[r.id, type(r), startNode(r).id, endNode(r).id, properties(r)]] AS e "
            + "RETURN DISTINCT e[0] AS id, e[1] AS label, e[2] AS startId, e[3] AS endId, e[4] AS props";
    }
}
