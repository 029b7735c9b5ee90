using TeamGraph.Core.Ingestion.Matching;

namespace TeamGraph.Core.Ingestion.Building;

internal sealed partial class HandoffMatcher
{
    private const double SplitWeight = 0.8;

    /// <summary>
    /// One card keeps in one row what the other splits into several ("Test results and bug reports"; "Test results"
    /// and "Bug reports"). Rows of one table that are each a part of a row of another card between the same parties,
    /// with no words in common between the parts, join that row's handoff when there are at least two of them and none
    /// is already matched with another row of that card. One part alone is not a split, only a shorter name.
    /// </summary>
    private void JoinSplits(List<HandoffDeclaration> declarations, List<HandoffTerms> terms, List<(int A, int B)> pairs, HandoffClusterSet clusters)
    {
        var partsOf = new SortedDictionary<(int Whole, string PartCard, bool PartGiverSide), List<int>>();
        foreach (var (a, b) in pairs)
        {
            foreach (var (part, whole) in new[] { (a, b), (b, a) })
            {
                if (Forward(declarations[part], declarations[whole]) && HandoffSimilarity.IsPartOf(terms[part], terms[whole]))
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
                var free = clusters.Together(part, whole)
                    || clusters.Members(part).All(m => declarations[m].DocumentPath != declarations[whole].DocumentPath);
                if (free && parts.All(p => HandoffSimilarity.SharedCount(terms[p], terms[part]) == 0))
                {
                    parts.Add(part);
                }
            }

            if (parts.Count < 2)
            {
                continue;
            }

            var covered = parts.SelectMany(p => terms[p].Concepts).Distinct(StringComparer.Ordinal).Count();
            var evidence = new MatchEvidence(MatchMethod.Split, SplitWeight * covered / terms[whole].Concepts.Length);
            foreach (var part in parts)
            {
                clusters.TryJoin(whole, part, evidence, allowSharedTable: true);
            }
        }
    }
}
