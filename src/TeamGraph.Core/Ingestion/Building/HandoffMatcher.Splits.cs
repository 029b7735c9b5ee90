using TeamGraph.Core.Ingestion.Matching;

namespace TeamGraph.Core.Ingestion.Building;

internal sealed partial class HandoffMatcher
{
    private const double SplitWeight = 0.8;

    private static readonly string[] ListWords = [" and ", " и ", " & "];

    // Wholes in row order, then the part's card ordinally (never by the machine's culture), its receiving side first.
    private static readonly Comparer<(int Whole, string PartCard, bool PartGiverSide)> SplitOrder = Comparer<(int Whole, string PartCard, bool PartGiverSide)>.Create(
        static (a, b) => a.Whole != b.Whole ? a.Whole.CompareTo(b.Whole)
            : string.CompareOrdinal(a.PartCard, b.PartCard) is var order and not 0 ? order : a.PartGiverSide.CompareTo(b.PartGiverSide));

    /// <summary>
    /// One card keeps in one row what the other splits into several ("Roadmap and quarterly priorities"; "Product
    /// roadmap" and "Quarterly priorities"). The row that keeps them together lists them ("and", «и», a comma, "+",
    /// "/"). Rows of one table between the same parties as that row, each naming mostly words of it, join its handoff
    /// when two or more of them, sharing no words among themselves, together name every word of it, and none is
    /// already matched with another row of its card. One part alone is not a split, only a shorter name.
    /// </summary>
    private void JoinSplits(List<HandoffDeclaration> declarations, List<HandoffTerms> terms, List<(int A, int B)> pairs, HandoffClusterSet clusters)
    {
        var partsOf = new SortedDictionary<(int Whole, string PartCard, bool PartGiverSide), List<int>>(SplitOrder);
        foreach (var (a, b) in pairs)
        {
            foreach (var (part, whole) in new[] { (a, b), (b, a) })
            {
                if (Forward(declarations[part], declarations[whole]) && ListsSeveral(declarations[whole].What) && IsPart(terms[part], terms[whole]))
                {
                    var key = (whole, declarations[part].DocumentPath, declarations[part].Side != HandoffSide.Input);
                    if (!partsOf.TryGetValue(key, out var parts))
                    {
                        partsOf[key] = parts = [];
                    }

                    parts.Add(part);
                }
            }
        }

        foreach (var ((whole, _, _), candidates) in partsOf)
        {
            var parts = new List<int>();
            foreach (var part in candidates.Order())
            {
                var free = clusters.Together(part, whole) || !HasRowOf(clusters.Members(part), declarations[whole].DocumentPath, declarations);
                if (free && parts.All(p => HandoffSimilarity.SharedCount(terms[p], terms[part]) == 0))
                {
                    parts.Add(part);
                }
            }

            var covered = parts.Sum(p => HandoffSimilarity.CoveredCount(terms[whole], terms[p]));
            if (parts.Count < 2 || covered < terms[whole].Concepts.Length)
            {
                continue;
            }

            var evidence = new MatchEvidence(MatchMethod.Split, SplitWeight * parts.Min(p => PartShare(terms[p], terms[whole])));
            foreach (var part in parts)
            {
                clusters.TryJoin(whole, part, evidence, allowSharedTable: true);
            }
        }
    }

    /// <summary>At least half of what <paramref name="part"/> names is in <paramref name="whole"/>, which names more.</summary>
    private static bool IsPart(HandoffTerms part, HandoffTerms whole) =>
        !part.IsEmpty && whole.Concepts.Length > 1 && PartShare(part, whole) >= 0.5 && HandoffSimilarity.CoveredCount(whole, part) < whole.Concepts.Length;

    private static double PartShare(HandoffTerms part, HandoffTerms whole) => (double)HandoffSimilarity.CoveredCount(part, whole) / part.Concepts.Length;

    private static bool ListsSeveral(string what) =>
        what.IndexOfAny([',', '+', '&', '/', ';']) >= 0 || ListWords.Any(word => what.Contains(word, StringComparison.OrdinalIgnoreCase));
}
