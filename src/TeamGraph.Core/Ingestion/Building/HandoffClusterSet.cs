using TeamGraph.Core.Ingestion.Matching;

namespace TeamGraph.Core.Ingestion.Building;

/// <summary>
/// Declarations joined into handoffs (union–find), with the evidence of every join. A handoff holds at most one row of
/// each card's table side (its Inputs, or its Outputs and Handoff Points) unless a join says otherwise: two rows of
/// one table are two handoffs ("Reports" to PM and "Reports" to QA), except repeats, triggers and split rows. Nor does
/// a join make a handoff that no one giver and set of receivers can stand for (see the constructor).
/// </summary>
internal sealed class HandoffClusterSet
{
    private readonly List<HandoffDeclaration> _declarations;
    private readonly int[] _parent;
    private readonly List<int>[] _members;
    private readonly List<MatchEvidence>[] _joins;
    private readonly HashSet<(string Path, bool GiverSide)>[] _tables;
    private readonly Func<IReadOnlyList<HandoffDeclaration>, bool> _holdTogether;

    /// <param name="declarations">In path and line order.</param>
    /// <param name="holdTogether">
    /// True when declarations (in that order) can be one handoff. Each join is checked on the whole handoff it would
    /// make, because joins chain: "Team → AA" matching both "BB → AA" and "DD → AA", and "DD → AA" reversing "AA → DD",
    /// would otherwise put four roles' rows in one handoff that has one giver.
    /// </param>
    public HandoffClusterSet(List<HandoffDeclaration> declarations, Func<IReadOnlyList<HandoffDeclaration>, bool> holdTogether)
    {
        _declarations = declarations;
        _holdTogether = holdTogether;
        _parent = [.. Enumerable.Range(0, declarations.Count)];
        _members = [.. Enumerable.Range(0, declarations.Count).Select(i => new List<int> { i })];
        _joins = [.. declarations.Select(_ => new List<MatchEvidence>())];
        _tables = [.. declarations.Select(d => new HashSet<(string, bool)> { Table(d) })];
    }

    public int Find(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }

        return i;
    }

    /// <summary>The declarations (as indexes) of the handoff that holds <paramref name="i"/>.</summary>
    public IReadOnlyList<int> Members(int i) => _members[Find(i)];

    public bool Together(int a, int b) => Find(a) == Find(b);

    /// <summary>
    /// Joins the handoffs of <paramref name="a"/> and <paramref name="b"/>, unless they are one already, (without
    /// <paramref name="allowSharedTable"/>) both hold a row of the same table, or together they would not hold together.
    /// </summary>
    public bool TryJoin(int a, int b, MatchEvidence evidence, bool allowSharedTable = false)
    {
        var (rootA, rootB) = (Find(a), Find(b));
        if (rootA == rootB || (!allowSharedTable && _tables[rootA].Overlaps(_tables[rootB])))
        {
            return false;
        }

        if (!_holdTogether([.. _members[rootA].Concat(_members[rootB]).Order().Select(i => _declarations[i])]))
        {
            return false;
        }

        var (keep, absorb) = _members[rootA].Count >= _members[rootB].Count ? (rootA, rootB) : (rootB, rootA);
        _parent[absorb] = keep;
        _members[keep].AddRange(_members[absorb]);
        _joins[keep].AddRange(_joins[absorb]);
        _joins[keep].Add(evidence);
        _tables[keep].UnionWith(_tables[absorb]);
        (_members[absorb], _joins[absorb], _tables[absorb]) = ([], [], []);
        return true;
    }

    /// <summary>Every handoff, ordered by its first declaration, its declarations in order.</summary>
    public List<HandoffCluster> Clusters() =>
    [
        .. Enumerable.Range(0, _declarations.Count)
            .Where(i => Find(i) == i)
            .Select(root => (First: _members[root].Min(), Root: root))
            .OrderBy(c => c.First)
            .Select(c => new HandoffCluster([.. _members[c.Root].Order().Select(i => _declarations[i])], [.. _joins[c.Root]])),
    ];

    private static (string, bool) Table(HandoffDeclaration declaration) => (declaration.DocumentPath, declaration.Side != HandoffSide.Input);
}
