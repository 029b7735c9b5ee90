using TeamGraph.Core.Ingestion.Matching;

namespace TeamGraph.Core.Ingestion.Building;

internal sealed partial class HandoffMatcher
{
    private const double EliminationConfidence = 0.5;
    private const double EliminationWithFormatConfidence = 0.6;

    // The order in which party pairs are worked through decides which rows pair first: ordinal, never the machine's
    // culture (the default comparer of a tuple of strings), so every machine builds the same graph.
    private static readonly Comparer<(string Giver, string Receiver)> PartyPairOrder = Comparer<(string Giver, string Receiver)>.Create(
        static (a, b) => string.CompareOrdinal(a.Giver, b.Giver) is var order and not 0 ? order : string.CompareOrdinal(a.Receiver, b.Receiver));

    /// <summary>
    /// What is left between two documented roles after every confident match: the giver's rows to the receiver that
    /// the receiver's card does not match, and the receiver's rows from the giver that the giver's card does not. A
    /// row with exactly one compatible partner, that partner having exactly one too, is taken for the same handoff,
    /// repeatedly until nothing changes. Compatible means formats that agree and no words that tell them apart: rows
    /// sharing some words but not enough ("Release notes" and "Release candidate") pair up only when both name the
    /// same format or one name holds the other ("Roadmap", «Роадмап интеграций»). Handoff Points rows take no part: they
    /// name a moment and no format, too little to pair on. The result is PROBABLE, never CONFIRMED: nothing in the text
    /// ties the two names together.
    /// </summary>
    private void JoinByElimination(List<HandoffDeclaration> declarations, List<HandoffTerms> terms, HandoffClusterSet clusters)
    {
        var receiverSide = new SortedDictionary<(string Giver, string Receiver), List<int>>(PartyPairOrder);
        for (var i = 0; i < declarations.Count; i++)
        {
            var d = declarations[i];
            if (!terms[i].IsEmpty && d.Side == HandoffSide.Input && documentedRoleIds.Contains(d.GiverId) && documentedRoleIds.Contains(d.DeclarerId))
            {
                if (!receiverSide.TryGetValue((d.GiverId, d.DeclarerId), out var rows))
                {
                    receiverSide[(d.GiverId, d.DeclarerId)] = rows = [];
                }

                rows.Add(i);
            }
        }

        // The giver's Outputs rows to each receiver that has rows from it, the receiver named or in a group named.
        var receiversOf = receiverSide.Keys.ToLookup(k => k.Giver, k => k.Receiver, StringComparer.Ordinal);
        var giverSide = receiverSide.Keys.ToDictionary(k => k, _ => new List<int>());
        for (var i = 0; i < declarations.Count; i++)
        {
            var d = declarations[i];
            if (terms[i].IsEmpty || d.Side != HandoffSide.Output || d.DeclarerId != d.GiverId)
            {
                continue;
            }

            foreach (var receiver in receiversOf[d.GiverId])
            {
                if (NamesParty(d.ReceiverIds, receiver))
                {
                    giverSide[(d.GiverId, receiver)].Add(i);
                }
            }
        }

        // Rows that name the receiver first; then with the rows that reach it through a group, which a card sends to
        // many and so tell less: those pair up only on some shared word ("Roadmap" to the Team, «Роадмап интеграций»).
        foreach (var throughGroups in new[] { false, true })
        {
            foreach (var ((giver, receiver), rows) in receiverSide)
            {
                var given = giverSide[(giver, receiver)];
                if (given.Count == 0)
                {
                    continue;
                }

                var right = Unmatched(rows, giver, declarations, clusters);
                var left = right.Count == 0 ? [] : Unmatched([.. given.Where(i => throughGroups || declarations[i].ReceiverIds.Contains(receiver))], receiver, declarations, clusters);
                EliminatePairs(left, right, throughGroups, declarations, terms, clusters);
            }
        }
    }

    /// <summary>One row per handoff (its first) among <paramref name="rows"/> whose handoff has no row of <paramref name="otherDeclarerId"/>'s card.</summary>
    private static List<int> Unmatched(List<int> rows, string otherDeclarerId, List<HandoffDeclaration> declarations, HandoffClusterSet clusters)
    {
        // Handoffs in the order their first listed row comes, each with its lowest row: most rows are matched by now.
        List<int> roots = [];
        Dictionary<int, int>? firstRowOf = null;
        foreach (var row in rows)
        {
            if (DeclaredBy(clusters.Members(row), otherDeclarerId, declarations))
            {
                continue;
            }

            firstRowOf ??= [];
            var root = clusters.Find(row);
            if (!firstRowOf.TryGetValue(root, out var first))
            {
                roots.Add(root);
                firstRowOf[root] = row;
            }
            else if (row < first)
            {
                firstRowOf[root] = row;
            }
        }

        return firstRowOf is null ? roots : roots.ConvertAll(root => firstRowOf[root]);
    }

    private static bool DeclaredBy(ReadOnlySpan<int> members, string declarerId, List<HandoffDeclaration> declarations)
    {
        foreach (var member in members)
        {
            if (declarations[member].DeclarerId == declarerId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one of <paramref name="members"/> is a row of the card at <paramref name="documentPath"/>.</summary>
    private static bool HasRowOf(ReadOnlySpan<int> members, string documentPath, List<HandoffDeclaration> declarations)
    {
        foreach (var member in members)
        {
            if (declarations[member].DocumentPath == documentPath)
            {
                return true;
            }
        }

        return false;
    }

    private void EliminatePairs(List<int> left, List<int> right, bool needSharedWords, List<HandoffDeclaration> declarations, List<HandoffTerms> terms, HandoffClusterSet clusters)
    {
        var changed = left.Count > 0 && right.Count > 0;
        while (changed)
        {
            changed = false;
            // A row that shares words with a leftover on the other side is that row's lookalike, not a leftover free
            // to pair with an unrelated name ("Effort forecast" waits for "Effort guess", not "Build notes").
            var lookalikes = left.Where(l => right.Any(r => Shares(l, r, declarations, terms, clusters)))
                .Concat(right.Where(r => left.Any(l => Shares(l, r, declarations, terms, clusters))))
                .ToHashSet();
            bool Fits(int l, int r) => Compatible(l, r, needSharedWords, declarations, terms, clusters)
                && (Shares(l, r, declarations, terms, clusters) || (!lookalikes.Contains(l) && !lookalikes.Contains(r)));
            foreach (var l in left.ToList())
            {
                var partners = right.Where(r => Fits(l, r)).ToList();
                if (partners.Count != 1 || left.Count(other => Fits(other, partners[0])) != 1)
                {
                    continue;
                }

                var r = partners[0];
                var bothFormats = FormatOf(l, declarations, clusters) is not null && FormatOf(r, declarations, clusters) is not null;
                if (clusters.TryJoin(l, r, new MatchEvidence(MatchMethod.Elimination, bothFormats ? EliminationWithFormatConfidence : EliminationConfidence)))
                {
                    left.Remove(l);
                    right.Remove(r);
                    changed = true;
                }
            }
        }
    }

    /// <summary>True when a row of <paramref name="a"/>'s card in its handoff shares a word with <paramref name="b"/>.</summary>
    private static bool Shares(int a, int b, List<HandoffDeclaration> declarations, List<HandoffTerms> terms, HandoffClusterSet clusters)
    {
        foreach (var member in clusters.Members(a))
        {
            if (declarations[member].DocumentPath == declarations[a].DocumentPath && HandoffSimilarity.SharedCount(terms[member], terms[b]) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool Compatible(int a, int b, bool needSharedWords, List<HandoffDeclaration> declarations, List<HandoffTerms> terms, HandoffClusterSet clusters)
    {
        var (formatA, formatB) = (FormatOf(a, declarations, clusters), FormatOf(b, declarations, clusters));
        if (!vocabulary.FormatsAgree(formatA, formatB))
        {
            return false;
        }

        var members = clusters.Members(a);
        var shared = 0;
        foreach (var member in members)
        {
            shared = Math.Max(shared, HandoffSimilarity.SharedCount(terms[member], terms[b]));
        }

        var oneHoldsTheOther = false;
        foreach (var member in members)
        {
            oneHoldsTheOther |= shared == Math.Min(terms[member].Concepts.Length, terms[b].Concepts.Length);
        }

        return shared == 0 ? !needSharedWords : oneHoldsTheOther || (formatA is not null && formatB is not null);
    }

    /// <summary>The first format the rows of <paramref name="row"/>'s card in its handoff give.</summary>
    private static string? FormatOf(int row, List<HandoffDeclaration> declarations, HandoffClusterSet clusters)
    {
        foreach (var member in clusters.Members(row))
        {
            if (declarations[member].DocumentPath == declarations[row].DocumentPath && !string.IsNullOrWhiteSpace(declarations[member].Format))
            {
                return declarations[member].Format;
            }
        }

        return null;
    }
}
