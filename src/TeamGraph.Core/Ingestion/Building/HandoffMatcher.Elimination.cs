using TeamGraph.Core.Ingestion.Matching;

namespace TeamGraph.Core.Ingestion.Building;

internal sealed partial class HandoffMatcher
{
    private const double EliminationConfidence = 0.5;
    private const double EliminationWithFormatConfidence = 0.6;

    /// <summary>
    /// What is left between two documented roles after every confident match: the giver's rows to the receiver that
    /// the receiver's card does not match, and the receiver's rows from the giver that the giver's card does not. A
    /// row with exactly one compatible partner, that partner having exactly one too, is taken for the same handoff,
    /// repeatedly until nothing changes. Compatible means formats that agree and no words that tell them apart: rows
    /// sharing some words but not enough ("Release notes" and "Release candidate") pair up only when both name the
    /// same format. The result is PROBABLE, never CONFIRMED: nothing in the text ties the two names together.
    /// </summary>
    private void JoinByElimination(List<HandoffDeclaration> declarations, List<HandoffTerms> terms, HandoffClusterSet clusters)
    {
        var roleRows = new SortedDictionary<(string Giver, string Receiver), (List<int> GiverSide, List<int> ReceiverSide)>();
        for (var i = 0; i < declarations.Count; i++)
        {
            var d = declarations[i];
            if (terms[i].IsEmpty || !documentedRoleIds.Contains(d.GiverId))
            {
                continue;
            }

            foreach (var receiver in d.ReceiverIds.Where(documentedRoleIds.Contains))
            {
                var onGiverCard = d.DeclarerId == d.GiverId && d.Side != HandoffSide.Input;
                var onReceiverCard = d.DeclarerId == receiver && d.Side == HandoffSide.Input;
                if (onGiverCard || onReceiverCard)
                {
                    if (!roleRows.TryGetValue((d.GiverId, receiver), out var rows))
                    {
                        roleRows[(d.GiverId, receiver)] = rows = ([], []);
                    }

                    (onGiverCard ? rows.GiverSide : rows.ReceiverSide).Add(i);
                }
            }
        }

        foreach (var ((giver, receiver), (giverSide, receiverSide)) in roleRows)
        {
            var left = Unmatched(giverSide, receiver, declarations, clusters);
            var right = Unmatched(receiverSide, giver, declarations, clusters);
            EliminatePairs(left, right, declarations, terms, clusters);
        }
    }

    /// <summary>One row per handoff (its first) among <paramref name="rows"/> whose handoff has no row of <paramref name="otherDeclarerId"/>'s card.</summary>
    private static List<int> Unmatched(List<int> rows, string otherDeclarerId, List<HandoffDeclaration> declarations, HandoffClusterSet clusters) =>
    [
        .. rows.Where(i => clusters.Members(i).All(m => declarations[m].DeclarerId != otherDeclarerId))
            .GroupBy(clusters.Find)
            .Select(g => g.Min()),
    ];

    private void EliminatePairs(List<int> left, List<int> right, List<HandoffDeclaration> declarations, List<HandoffTerms> terms, HandoffClusterSet clusters)
    {
        var changed = left.Count > 0 && right.Count > 0;
        while (changed)
        {
            changed = false;
            foreach (var l in left.ToList())
            {
                var partners = right.Where(r => Compatible(l, r, declarations, terms, clusters)).ToList();
                if (partners.Count != 1 || left.Count(other => Compatible(other, partners[0], declarations, terms, clusters)) != 1)
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

    private bool Compatible(int a, int b, List<HandoffDeclaration> declarations, List<HandoffTerms> terms, HandoffClusterSet clusters)
    {
        var (formatA, formatB) = (FormatOf(a, declarations, clusters), FormatOf(b, declarations, clusters));
        if (!vocabulary.FormatsAgree(formatA, formatB))
        {
            return false;
        }

        var sharesWords = clusters.Members(a).Any(m => HandoffSimilarity.SharedCount(terms[m], terms[b]) > 0);
        return !sharesWords || (formatA is not null && formatB is not null);
    }

    /// <summary>The first format the rows of <paramref name="row"/>'s card in its handoff give.</summary>
    private static string? FormatOf(int row, List<HandoffDeclaration> declarations, HandoffClusterSet clusters) =>
        clusters.Members(row).Where(m => declarations[m].DocumentPath == declarations[row].DocumentPath)
            .Select(m => declarations[m].Format).FirstOrDefault(f => !string.IsNullOrWhiteSpace(f));
}
