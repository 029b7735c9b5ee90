using TeamGraph.Core.Graph;
using TeamGraph.Core.Queries;

namespace TeamGraph.Neo4j.Reader;

/// <summary>The bounded handoff walk chains and reachability read: one statement per hop.</summary>
public sealed partial class Neo4jGraphReader
{
    /// <summary>
    /// Reads the handoff neighbourhood of <paramref name="startId"/> within <paramref name="maxHops"/> hops in
    /// <paramref name="direction"/>, breadth first, one statement per hop (fewer when the walk runs out of actors), and
    /// returns Core's queries over it.
    /// </summary>
    /// <remarks>
    /// Each hop reads every handoff the frontier gives (or receives) complete with its givers, receivers, their members
    /// and its declarations, so every actor-to-actor edge in the part read is an edge of the whole graph, and every
    /// edge leaving an actor within <c>hops - 1</c> of the start is in it. Distances up to the hops read, and every
    /// chain of at most that many hops, are therefore those of the whole graph. The next frontier is what Core's own
    /// reachability finds at exactly the next distance, so groups expand as they do in memory.
    /// </remarks>
    private async Task<TeamGraphQueries> WalkAsync(string startId, HandoffDirection direction, int maxHops, CancellationToken cancellationToken)
    {
        var statement = GraphReadStatements.HandoffWalk(direction);
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var relationships = new Dictionary<string, GraphRelationship>(StringComparer.Ordinal);
        var queries = new TeamGraphQueries(new PropertyGraph([], []));
        IReadOnlyCollection<string> frontier = [startId];
        for (var hop = 1; hop <= maxHops && frontier.Count > 0; hop++)
        {
            var rows = await RunAsync(statement, frontier, cancellationToken).ConfigureAwait(false);
            for (var row = 0; row < rows.Count; row++)
            {
                if (rows.IsRelationship(row))
                {
                    var relationship = rows.Relationship(row);
                    relationships[relationship.Id] = relationship;
                }
                else
                {
                    var node = rows.Node(row);
                    nodes[node.Id] = node;
                }
            }

            queries = new TeamGraphQueries(new PropertyGraph(nodes.Values, relationships.Values));
            frontier = hop == maxHops
                ? []
                : [.. queries.FindReachableActors(startId, direction, hop, cancellationToken).Where(a => a.Hops == hop).Select(a => a.Id)];
        }

        return queries;
    }
}
