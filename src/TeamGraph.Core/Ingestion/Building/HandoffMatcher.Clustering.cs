namespace TeamGraph.Core.Ingestion.Building;

internal sealed partial class HandoffMatcher
{
    /// <summary>
    /// Groups declarations that describe one handoff. Candidates are found through an index of <see cref="HandoffText"/>
    /// keys (the key itself, and the key less one word), so the work grows with the number of rows, not its square.
    /// </summary>
    private IEnumerable<List<HandoffDeclaration>> Cluster(List<HandoffDeclaration> declarations)
    {
        var keys = declarations.Select(d => HandoffText.Key(d.What)).ToList();
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < declarations.Count; i++)
        {
            var key = string.Join(' ', keys[i]);
            if (!byKey.TryGetValue(key, out var bucket))
            {
                byKey[key] = bucket = [];
            }

            bucket.Add(i);
        }

        var parent = Enumerable.Range(0, declarations.Count).ToArray();
        for (var i = 0; i < declarations.Count; i++)
        {
            foreach (var j in Candidates(keys[i], byKey))
            {
                if (j != i && SameHandoff(declarations[i], declarations[j]))
                {
                    Union(parent, i, j);
                }
            }
        }

        return Enumerable.Range(0, declarations.Count)
            .GroupBy(i => Find(parent, i))
            .Select(cluster => cluster.Select(i => declarations[i]).ToList());
    }

    private static IEnumerable<int> Candidates(IReadOnlyList<string> key, Dictionary<string, List<int>> byKey)
    {
        var variants = key.Count > 2 ? key.Select((_, skip) => string.Join(' ', key.Where((_, k) => k != skip))) : [];
        foreach (var variant in variants.Prepend(string.Join(' ', key)))
        {
            if (byKey.TryGetValue(variant, out var bucket))
            {
                foreach (var index in bucket)
                {
                    yield return index;
                }
            }
        }
    }

    /// <summary>
    /// Same thing between the same parties, in either direction. Rows of one table stay separate handoffs unless they
    /// repeat each other exactly: a card listing "Reports" to PM and to QA means two handoffs.
    /// </summary>
    private bool SameHandoff(HandoffDeclaration a, HandoffDeclaration b)
    {
        if (a.DocumentPath == b.DocumentPath && a.Side == b.Side)
        {
            return a.GiverId == b.GiverId && a.ReceiverIds.SequenceEqual(b.ReceiverIds);
        }

        return Forward(a, b) || (a.DocumentPath != b.DocumentPath && Reversed(a, b));
    }

    private bool Forward(HandoffDeclaration a, HandoffDeclaration b) =>
        SameParty(a.GiverId, b.GiverId) && a.ReceiverIds.Any(ra => b.ReceiverIds.Any(rb => SameParty(ra, rb)));

    /// <summary>Swapped, and not also forward (a group on both sides, "Team → Team", is not a swap).</summary>
    private bool IsReversed(HandoffDeclaration a, HandoffDeclaration b) => Reversed(a, b) && !Forward(a, b);

    private bool Reversed(HandoffDeclaration a, HandoffDeclaration b) =>
        b.ReceiverIds.Any(rb => SameParty(a.GiverId, rb)) && a.ReceiverIds.Any(ra => SameParty(ra, b.GiverId));

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var (rootA, rootB) = (Find(parent, a), Find(parent, b));
        if (rootA != rootB)
        {
            parent[Math.Max(rootA, rootB)] = Math.Min(rootA, rootB);
        }
    }
}
