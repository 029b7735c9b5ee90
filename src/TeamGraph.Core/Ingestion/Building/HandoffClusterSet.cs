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

    // Most declarations stay a handoff of their own, so a root's lists and tables are made at its first join: until
    // then its members are itself, it has no joins, and its one table is its declaration's.
    private readonly List<int>?[] _members;
    private readonly List<MatchEvidence>?[] _joins;
    private readonly HashSet<(string Path, bool GiverSide)>?[] _tables;
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
        _members = new List<int>?[declarations.Count];
        _joins = new List<MatchEvidence>?[declarations.Count];
        _tables = new HashSet<(string, bool)>?[declarations.Count];
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

    /// <summary>The declarations (as indexes) of the handoff that holds <paramref name="i"/>; read it before the next join.</summary>
    public ReadOnlySpan<int> Members(int i)
    {
        var root = Find(i);
        // A root is its own parent, so a lone declaration's members are its own entry in the parents.
        return _members[root] is { } members ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(members) : _parent.AsSpan(root, 1);
    }

    public bool Together(int a, int b) => Find(a) == Find(b);

    /// <summary>
    /// Joins the handoffs of <paramref name="a"/> and <paramref name="b"/>, unless they are one already, (without
    /// <paramref name="allowSharedTable"/>) both hold a row of the same table, or together they would not hold together.
    /// </summary>
    public bool TryJoin(int a, int b, MatchEvidence evidence, bool allowSharedTable = false)
    {
        var (rootA, rootB) = (Find(a), Find(b));
        if (rootA == rootB || (!allowSharedTable && ShareATable(rootA, rootB)))
        {
            return false;
        }

        if (!_holdTogether(DeclarationsOf([.. Members(rootA), .. Members(rootB)])))
        {
            return false;
        }

        var (keep, absorb) = Members(rootA).Length >= Members(rootB).Length ? (rootA, rootB) : (rootB, rootA);
        var members = _members[keep] ??= [keep];
        members.AddRange(Members(absorb));
        _parent[absorb] = keep;
        var joins = _joins[keep] ??= [];
        joins.AddRange(_joins[absorb] ?? []);
        joins.Add(evidence);
        var tables = _tables[keep] ??= [Table(_declarations[keep])];
        tables.UnionWith(_tables[absorb] ?? [Table(_declarations[absorb])]);
        (_members[absorb], _joins[absorb], _tables[absorb]) = (null, null, null);
        return true;
    }

    /// <summary>Every handoff, ordered by its first declaration, its declarations in order.</summary>
    public List<HandoffCluster> Clusters()
    {
        // Walking the declarations in order meets each handoff first at its first declaration.
        var clusters = new List<HandoffCluster>();
        var listed = new bool[_declarations.Count];
        for (var i = 0; i < _declarations.Count; i++)
        {
            var root = Find(i);
            if (listed[root])
            {
                continue;
            }

            listed[root] = true;
            if (_members[root] is not { } members)
            {
                clusters.Add(new HandoffCluster([_declarations[root]], []));
                continue;
            }

            clusters.Add(new HandoffCluster(DeclarationsOf([.. members]), [.. _joins[root] ?? []]));
        }

        return clusters;
    }

    /// <summary>The declarations at <paramref name="rows"/>, in row order (the array is sorted in place).</summary>
    private List<HandoffDeclaration> DeclarationsOf(int[] rows)
    {
        Array.Sort(rows);
        var declarations = new List<HandoffDeclaration>(rows.Length);
        foreach (var row in rows)
        {
            declarations.Add(_declarations[row]);
        }

        return declarations;
    }

    private bool ShareATable(int rootA, int rootB) => (_tables[rootA], _tables[rootB]) switch
    {
        (null, null) => Table(_declarations[rootA]) == Table(_declarations[rootB]),
        (null, { } tablesB) => tablesB.Contains(Table(_declarations[rootA])),
        ({ } tablesA, null) => tablesA.Contains(Table(_declarations[rootB])),
        var (tablesA, tablesB) => tablesA!.Overlaps(tablesB!),
    };

    private static (string, bool) Table(HandoffDeclaration declaration) => (declaration.DocumentPath, declaration.Side != HandoffSide.Input);
}
