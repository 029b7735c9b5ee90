namespace TeamGraph.Core.Graph;

/// <summary>
/// An immutable property graph: nodes and relationships sorted by id (so output is deterministic), with lookups.
/// </summary>
public sealed class PropertyGraph
{
    // From this many relationships (a team of a few hundred cards) the two halves are sorted on two threads.
    private const int SortInHalvesFrom = 50_000;

    // The relationships' ends are checked in blocks of this many at once.
    private const int CheckBlock = 16_384;

    private static readonly IComparer<GraphRelationship> RelationshipOrder = Comparer<GraphRelationship>.Create(GraphRelationship.CompareIds);

    private readonly Dictionary<string, GraphNode> _nodesById;

    /// <summary>Builds the graph; ids must be unique, and every relationship's ends must be nodes of the graph.</summary>
    public PropertyGraph(IEnumerable<GraphNode> nodes, IEnumerable<GraphRelationship> relationships)
    {
        GraphNode[] sortedNodes = [.. nodes];
        GraphRelationship[] sortedRelationships = [.. relationships];
        Dictionary<string, GraphNode>? nodesById = null;
        void IndexNodes()
        {
            Array.Sort(sortedNodes, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
            nodesById = Index(sortedNodes, nameof(nodes));
        }

        void SortRelationships() => sortedRelationships = Sorted(sortedRelationships);

        // On a large graph the nodes are sorted and indexed while the relationships are sorted, and the relationships'
        // ends are checked in blocks at once: each is a good part of a build that otherwise runs on one thread.
        if (sortedRelationships.Length >= SortInHalvesFrom)
        {
            ParallelBlocks.Run(2, part =>
            {
                if (part == 0)
                {
                    IndexNodes();
                }
                else
                {
                    SortRelationships();
                }
            });
        }
        else
        {
            IndexNodes();
            SortRelationships();
        }

        Nodes = sortedNodes;
        Relationships = sortedRelationships;
        _nodesById = nodesById!;
        if (ParallelBlocks.First(sortedRelationships.Length, CheckBlock, i => IsDangling(sortedRelationships[i]) ? sortedRelationships[i] : null) is { } dangling)
        {
            throw new ArgumentException($"Relationship {dangling.Id} points at a node that is not in the graph.", nameof(relationships));
        }
    }

    /// <summary>An empty graph.</summary>
    public static PropertyGraph Empty { get; } = new([], []);

    /// <summary>Nodes sorted by id (ordinal).</summary>
    public IReadOnlyList<GraphNode> Nodes { get; }

    /// <summary>Relationships sorted by id (ordinal).</summary>
    public IReadOnlyList<GraphRelationship> Relationships { get; }

    /// <summary>The node with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public GraphNode? FindNode(string id) => _nodesById.GetValueOrDefault(id);

    /// <summary>The nodes of <paramref name="labels"/> and the relationships of <paramref name="types"/> between two of them.</summary>
    public PropertyGraph Part(IReadOnlyCollection<string> labels, IReadOnlyCollection<string> types)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(types);
        var nodes = Nodes.Where(n => labels.Contains(n.Label)).ToList();
        var ids = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        return new PropertyGraph(nodes, Relationships.Where(r => types.Contains(r.Type) && ids.Contains(r.StartId) && ids.Contains(r.EndId)));
    }

    private static Dictionary<string, GraphNode> Index(GraphNode[] sortedNodes, string parameterName)
    {
        var nodesById = new Dictionary<string, GraphNode>(sortedNodes.Length, StringComparer.Ordinal);
        foreach (var node in sortedNodes)
        {
            if (!nodesById.TryAdd(node.Id, node))
            {
                throw new ArgumentException($"Two nodes have the id {node.Id}.", parameterName);
            }
        }

        return nodesById;
    }

    private bool IsDangling(GraphRelationship relationship) => !_nodesById.ContainsKey(relationship.StartId) || !_nodesById.ContainsKey(relationship.EndId);

    /// <summary>
    /// <paramref name="relationships"/> in id order. Sorting 350,000 of them is a second of a large ingest's graph build,
    /// which otherwise runs on one thread: a large array is sorted in two halves at once, then merged.
    /// </summary>
    private static GraphRelationship[] Sorted(GraphRelationship[] relationships)
    {
        if (relationships.Length < SortInHalvesFrom || Environment.ProcessorCount < 2)
        {
            Array.Sort(relationships, RelationshipOrder);
            return relationships;
        }

        var half = relationships.Length / 2;
        Parallel.Invoke(
            () => Array.Sort(relationships, 0, half, RelationshipOrder),
            () => Array.Sort(relationships, half, relationships.Length - half, RelationshipOrder));
        var merged = new GraphRelationship[relationships.Length];
        int left = 0, right = half, next = 0;
        while (left < half && right < relationships.Length)
        {
            merged[next++] = GraphRelationship.CompareIds(relationships[left], relationships[right]) <= 0 ? relationships[left++] : relationships[right++];
        }

        Array.Copy(relationships, left, merged, next, half - left);
        next += half - left;
        Array.Copy(relationships, right, merged, next, relationships.Length - right);
        return merged;
    }
}
