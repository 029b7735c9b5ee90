namespace TeamGraph.Core.Graph;

/// <summary>
/// An immutable property graph: nodes and relationships sorted by id (so output is deterministic), with lookups.
/// </summary>
public sealed class PropertyGraph
{
    // From this many relationships (a team of a few hundred cards) the two halves are sorted on two threads.
    private const int SortInHalvesFrom = 50_000;

    private static readonly IComparer<GraphRelationship> RelationshipOrder = Comparer<GraphRelationship>.Create(GraphRelationship.CompareIds);

    private readonly Dictionary<string, GraphNode> _nodesById;

    /// <summary>Builds the graph; ids must be unique, and every relationship's ends must be nodes of the graph.</summary>
    public PropertyGraph(IEnumerable<GraphNode> nodes, IEnumerable<GraphRelationship> relationships)
    {
        GraphNode[] sortedNodes = [.. nodes];
        GraphRelationship[] sortedRelationships = [.. relationships];
        Dictionary<string, GraphNode>? nodesById = null;
        var large = sortedRelationships.Length >= SortInHalvesFrom;

        // On a large graph the nodes are sorted and indexed while the relationships are sorted, and the relationships'
        // ends are checked in blocks: each is a good part of a build that otherwise runs on one thread.
        ParallelBlocks.Run(large ? 2 : 1, part =>
        {
            if (part == 0)
            {
                Array.Sort(sortedNodes, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
                nodesById = Index(sortedNodes, nameof(nodes));
            }

            if (part == 1 || !large)
            {
                sortedRelationships = Sorted(sortedRelationships);
            }
        });
        Nodes = sortedNodes;
        Relationships = sortedRelationships;
        _nodesById = nodesById!;

        var blocks = large ? Environment.ProcessorCount : 1;
        var dangling = new GraphRelationship?[blocks];
        var size = (sortedRelationships.Length + blocks - 1) / Math.Max(1, blocks);
        ParallelBlocks.Run(blocks, block => dangling[block] = FirstDangling(sortedRelationships, block * size, Math.Min(sortedRelationships.Length, (block + 1) * size)));
        if (Array.Find(dangling, relationship => relationship is not null) is { } first)
        {
            throw new ArgumentException($"Relationship {first.Id} points at a node that is not in the graph.", nameof(relationships));
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

    /// <summary>The first of <paramref name="relationships"/> from <paramref name="start"/> to <paramref name="end"/> with an end that is not a node.</summary>
    private GraphRelationship? FirstDangling(GraphRelationship[] relationships, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!_nodesById.ContainsKey(relationships[i].StartId) || !_nodesById.ContainsKey(relationships[i].EndId))
            {
                return relationships[i];
            }
        }

        return null;
    }

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
