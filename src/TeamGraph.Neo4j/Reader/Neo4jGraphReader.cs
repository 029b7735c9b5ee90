using TeamGraph.Core.Graph;
using TeamGraph.Core.Queries;
using TeamGraph.Core.Store;
using TeamGraph.Neo4j.Client;

namespace TeamGraph.Neo4j.Reader;

/// <summary>
/// Answers <see cref="ITeamGraphReader"/> from a graph that <c>Neo4jGraphWriter</c> wrote, one read statement (one
/// round trip, an implicit transaction) per call, batched calls included, except chains and reachability (one per hop)
/// and handoffs filtered by giver and receiver (two).
/// Lookups (nodes, handoffs, neighbours) are answered by Cypher; chains and reachability read the handoffs within the
/// hop limit, breadth first, and escalations, approvals and search the part of the graph they walk in one statement,
/// then run Core's own <see cref="TeamGraphQueries"/> over what was read, so both stores give the same answers in the
/// same order. Nothing is cached: every call sees what Neo4j holds at that moment.
/// </summary>
/// <remarks>
/// Why chains are not a quantified path pattern: a hop from one actor to the next is <c>GIVES</c> then <c>TO</c> with
/// an optional <c>MEMBER_OF</c> on either side, and Neo4j 5 allows no quantifier inside a quantified path pattern; and
/// a member that receives through a group and gives through the same group crosses one <c>MEMBER_OF</c> relationship
/// twice, which Cypher's trail semantics forbid. Walking the expanded actor graph in memory has neither problem.
/// </remarks>
public sealed partial class Neo4jGraphReader : ITeamGraphReader
{
    private readonly Neo4jQueryClient _client;

    /// <summary>A reader over the database <paramref name="client"/> talks to.</summary>
    public Neo4jGraphReader(Neo4jQueryClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <inheritdoc />
    public async Task<GraphNode?> FindRoleAsync(string codeNameOrAlias, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(codeNameOrAlias);
        return new RoleNameIndex(await GetRolesAsync(cancellationToken).ConfigureAwait(false)).Find(codeNameOrAlias);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<GraphNode>> GetRolesAsync(CancellationToken cancellationToken = default) =>
        GetNodesLabelledAsync(NodeLabels.Role, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<GraphNode>> GetNodesLabelledAsync(string label, CancellationToken cancellationToken = default)
    {
        var rows = await RunAsync(GraphReadStatements.Nodes([label]), null, cancellationToken).ConfigureAwait(false);
        return [.. Enumerable.Range(0, rows.Count).Select(rows.Node).OrderBy(n => n.Id, StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public async Task<PropertyGraph> GetDiagramGraphAsync(CancellationToken cancellationToken = default) =>
        (await RunAsync(GraphReadStatements.Subgraph(ReadSubgraph.Diagram), null, cancellationToken).ConfigureAwait(false)).Graph();

    /// <inheritdoc />
    public async Task<GraphNode?> GetNodeAsync(string id, CancellationToken cancellationToken = default) =>
        (await GetNodesAsync([id], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(id);

    /// <inheritdoc />
    public async Task<IReadOnlyList<GraphNode>> GetHandoffsFromAsync(string actorId, CancellationToken cancellationToken = default) =>
        [.. (await GetHandoffsFromAsync([actorId], cancellationToken).ConfigureAwait(false))[actorId]];

    /// <inheritdoc />
    public async Task<IReadOnlyList<GraphNode>> GetHandoffsToAsync(string actorId, CancellationToken cancellationToken = default) =>
        [.. (await GetHandoffsToAsync([actorId], cancellationToken).ConfigureAwait(false))[actorId]];

    /// <inheritdoc />
    public async Task<IReadOnlyList<GraphNeighbour>> GetNeighboursAsync(
        string nodeId,
        string relationshipType,
        RelationshipDirection direction,
        CancellationToken cancellationToken = default) =>
        [.. (await GetNeighboursAsync([nodeId], relationshipType, direction, cancellationToken).ConfigureAwait(false))[nodeId]];

    private async Task<GraphReadRows> RunAsync(string statement, IReadOnlyCollection<string>? ids, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (ids is not null)
        {
            parameters[GraphReadStatements.IdsParameter] = ids.Distinct(StringComparer.Ordinal).ToArray();
        }

        return new GraphReadRows(await _client.RunAsync(new Neo4jQuery(statement, parameters), cancellationToken).ConfigureAwait(false));
    }
}
