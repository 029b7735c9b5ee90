using System.Diagnostics.CodeAnalysis;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Queries;

namespace TeamGraph.Core.Store;

/// <summary>
/// The default store: the graph in memory. <see cref="Load"/> swaps in a new graph atomically, so a query sees either
/// the old graph or the new one, never half of each.
/// </summary>
public sealed partial class EmbeddedGraphStore : ITeamGraphReader, IInMemoryGraphReader
{
    private volatile GraphSnapshot _snapshot;

    /// <summary>
    /// Starts with <paramref name="graph"/>, or an empty graph, and what its ingest reported (by default only the
    /// graph's own counts: see <see cref="GraphReport.OfGraph"/>).
    /// </summary>
    public EmbeddedGraphStore(PropertyGraph? graph = null, GraphReport? report = null) => Load(graph ?? PropertyGraph.Empty, report);

    /// <summary>
    /// Starts with <paramref name="graph"/> and its ingest's <paramref name="unaudited"/> report while
    /// <paramref name="audit"/> finds its findings: reading the report waits for them.
    /// </summary>
    public EmbeddedGraphStore(PropertyGraph graph, GraphReport unaudited, DeferredAudit audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        _snapshot = new GraphSnapshot(graph, unaudited, audit.Report);
    }

    /// <summary>The graph currently served.</summary>
    public PropertyGraph Graph => _snapshot.Graph;

    /// <summary>
    /// Indexes <paramref name="graph"/> aside, then replaces the served graph and its report (by default the graph's
    /// own counts) in one reference swap.
    /// </summary>
    [MemberNotNull(nameof(_snapshot))]
    public void Load(PropertyGraph graph, GraphReport? report = null)
    {
        report ??= GraphReport.OfGraph(graph);
        _snapshot = new GraphSnapshot(graph, report, Task.FromResult(report));
    }

    /// <inheritdoc />
    /// <exception cref="AuditUnavailableException">The graph's audit, still running when asked, failed or was stopped.</exception>
    public Task<GraphReport> GetReportAsync(CancellationToken cancellationToken = default) => _snapshot.Report.WaitAsync(cancellationToken);

    /// <inheritdoc />
    public Task<string> GetVersionAsync(CancellationToken cancellationToken = default) => Task.FromResult(_snapshot.Reported.Version);

    /// <inheritdoc />
    public Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default) => Task.FromResult(_snapshot.Reported.Counts);

    /// <inheritdoc />
    public Task<GraphNode?> FindRoleAsync(string codeNameOrAlias, CancellationToken cancellationToken = default) =>
        Task.FromResult(_snapshot.FindRole(codeNameOrAlias));

    /// <inheritdoc />
    public Task<IReadOnlyList<GraphNode>> GetRolesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(_snapshot.Roles);

    /// <inheritdoc />
    public IInMemoryGraphReader InMemory => this;

    /// <inheritdoc />
    public GraphNode? GetNode(string id) => _snapshot.Graph.FindNode(id);

    /// <inheritdoc />
    public Task<GraphNode?> GetNodeAsync(string id, CancellationToken cancellationToken = default) => Task.FromResult(GetNode(id));

    /// <inheritdoc />
    public Task<IReadOnlyList<GraphNode>> GetNodesLabelledAsync(string label, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<GraphNode>>([.. _snapshot.Graph.Nodes.Where(n => n.Label == label)]);

    /// <inheritdoc />
    public Task<PropertyGraph> GetDiagramGraphAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(_snapshot.DiagramGraph);

    /// <inheritdoc />
    public IReadOnlyList<GraphNode> GetHandoffsFrom(string actorId) => Given(_snapshot, actorId);

    /// <inheritdoc />
    public Task<IReadOnlyList<GraphNode>> GetHandoffsFromAsync(string actorId, CancellationToken cancellationToken = default) =>
        Task.FromResult(GetHandoffsFrom(actorId));

    /// <inheritdoc />
    public IReadOnlyList<GraphNode> GetHandoffsTo(string actorId) => Received(_snapshot, actorId);

    /// <inheritdoc />
    public Task<IReadOnlyList<GraphNode>> GetHandoffsToAsync(string actorId, CancellationToken cancellationToken = default) =>
        Task.FromResult(GetHandoffsTo(actorId));

    /// <inheritdoc />
    public IReadOnlyList<GraphNeighbour> GetNeighbours(string nodeId, string relationshipType, RelationshipDirection direction) =>
        Neighbours(_snapshot, nodeId, relationshipType, direction);

    /// <inheritdoc />
    public Task<IReadOnlyList<GraphNeighbour>> GetNeighboursAsync(
        string nodeId,
        string relationshipType,
        RelationshipDirection direction,
        CancellationToken cancellationToken = default) =>
        Task.FromResult(GetNeighbours(nodeId, relationshipType, direction));

    /// <inheritdoc />
    public Task<IReadOnlyList<HandoffChain>> FindHandoffChainsAsync(
        string fromActorId,
        string toActorId,
        int maxHops = QueryLimits.DefaultChainHops,
        int maxPaths = QueryLimits.DefaultChainPaths,
        CancellationToken cancellationToken = default) =>
        Task.FromResult(_snapshot.Queries.FindHandoffChains(fromActorId, toActorId, maxHops, maxPaths, cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<ReachableActor>> FindReachableActorsAsync(
        string actorId,
        HandoffDirection direction,
        int maxHops = QueryLimits.DefaultReachHops,
        CancellationToken cancellationToken = default) =>
        Task.FromResult(_snapshot.Queries.FindReachableActors(actorId, direction, maxHops, cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<EscalationMatch>> FindEscalationsAsync(string? situation, CancellationToken cancellationToken = default) =>
        Task.FromResult(_snapshot.Queries.FindEscalations(situation));

    /// <inheritdoc />
    public Task<IReadOnlyList<ApprovalMatch>> FindApprovalsAsync(string? decision, CancellationToken cancellationToken = default) =>
        Task.FromResult(_snapshot.Queries.FindApprovals(decision));

    /// <inheritdoc />
    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int first = QueryLimits.DefaultSearchHits, CancellationToken cancellationToken = default) =>
        Task.FromResult(_snapshot.Queries.Search(text, first));

    /// <summary>
    /// The neighbours as an exact array: a batch of a 5,000-handoff role card reads one list per handoff, mostly of one
    /// item, so the relationships are counted first rather than gathered into a growing list.
    /// </summary>
    private static GraphNeighbour[] Neighbours(GraphSnapshot snapshot, string nodeId, string relationshipType, RelationshipDirection direction)
    {
        var outgoing = direction == RelationshipDirection.Incoming ? [] : snapshot.Outgoing(nodeId);
        var incoming = direction == RelationshipDirection.Outgoing ? [] : snapshot.Incoming(nodeId);
        var count = CountOfType(outgoing, relationshipType) + CountOfType(incoming, relationshipType);
        if (count == 0)
        {
            return [];
        }

        var neighbours = new GraphNeighbour[count];
        var next = 0;
        foreach (var relationship in outgoing)
        {
            if (relationship.Type == relationshipType)
            {
                neighbours[next++] = new GraphNeighbour(relationship, snapshot.Graph.FindNode(relationship.EndId)!);
            }
        }

        foreach (var relationship in incoming)
        {
            if (relationship.Type == relationshipType)
            {
                neighbours[next++] = new GraphNeighbour(relationship, snapshot.Graph.FindNode(relationship.StartId)!);
            }
        }

        // Each direction is indexed in relationship id order already; only the two together need sorting.
        if (direction == RelationshipDirection.Both)
        {
            Array.Sort(neighbours, static (a, b) => GraphRelationship.CompareIds(a.Relationship, b.Relationship));
        }

        return neighbours;
    }

    private static int CountOfType(ReadOnlySpan<GraphRelationship> relationships, string relationshipType)
    {
        var count = 0;
        foreach (var relationship in relationships)
        {
            if (relationship.Type == relationshipType)
            {
                count++;
            }
        }

        return count;
    }

    private static GraphNode[] Given(GraphSnapshot snapshot, string actorId) => Handoffs(snapshot, actorId, given: true);

    private static GraphNode[] Received(GraphSnapshot snapshot, string actorId) => Handoffs(snapshot, actorId, given: false);

    /// <summary>
    /// The actor's own handoffs plus those of every group it is a member of, sorted by id. The ids are gathered into an
    /// exact array, sorted, and read once each (a handoff to the actor and to its group is one handoff): a hub's few
    /// thousand handoffs need no set.
    /// </summary>
    private static GraphNode[] Handoffs(GraphSnapshot snapshot, string actorId, bool given)
    {
        var type = given ? RelationshipTypes.Gives : RelationshipTypes.To;
        List<string> parties = [actorId];
        foreach (var relationship in snapshot.Outgoing(actorId))
        {
            if (relationship.Type == RelationshipTypes.MemberOf)
            {
                parties.Add(relationship.EndId);
            }
        }

        var count = 0;
        foreach (var party in parties)
        {
            count += CountOfType(Sides(party), type);
        }

        var ids = new string[count];
        var next = 0;
        foreach (var party in parties)
        {
            foreach (var relationship in Sides(party))
            {
                if (relationship.Type == type)
                {
                    ids[next++] = given ? relationship.EndId : relationship.StartId;
                }
            }
        }

        Array.Sort(ids, StringComparer.Ordinal);
        var distinct = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            if (i == 0 || !string.Equals(ids[i], ids[i - 1], StringComparison.Ordinal))
            {
                ids[distinct++] = ids[i];
            }
        }

        var handoffs = new GraphNode[distinct];
        for (var i = 0; i < distinct; i++)
        {
            handoffs[i] = snapshot.Graph.FindNode(ids[i])!;
        }

        return handoffs;

        // A party gives through GIVES from it and receives through TO it.
        ReadOnlySpan<GraphRelationship> Sides(string party) => given ? snapshot.Outgoing(party) : snapshot.Incoming(party);
    }
}
