namespace TeamGraph.Core.Ingestion.Matching;

/// <summary>
/// Decides whether two rows name the same thing, and how surely. Texts that are equal once folded match exactly;
/// otherwise stems, then concepts (glossaries) are compared as sets: equal sets match, and so do sets sharing at least
/// two items that make up at least half of both together (Jaccard ≥ 0.5: "Staging deployment" and "Staging deployment
/// notification"). One shared word is never enough ("Release notes" and "Release candidate", "ADT feed" and "ORU
/// feed"): different handoffs between the same two roles often share one.
/// </summary>
internal static class HandoffSimilarity
{
    /// <summary>The least overlap for a confident match (Jaccard).</summary>
    public const double MinimumOverlap = 0.5;

    /// <summary>Glossary matches count a little less than stems: a glossary row is a claim, a stem is the word itself.</summary>
    private const double TeamGlossaryWeight = 0.95;
    private const double BuiltInGlossaryWeight = 0.9;

    public static MatchEvidence? Compare(HandoffTerms a, HandoffTerms b)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return null;
        }

        if (string.Equals(a.Normalized, b.Normalized, StringComparison.Ordinal))
        {
            return new MatchEvidence(MatchMethod.Exact, 1.0);
        }

        if (Overlap(a.Stems, b.Stems) is { } stems)
        {
            return new MatchEvidence(MatchMethod.Stem, stems);
        }

        if (Overlap(a.Concepts, b.Concepts) is not { } concepts)
        {
            return null;
        }

        var byTeam = Shared(a.Concepts, b.Concepts).Any(c => c.StartsWith(HandoffTerms.TeamGlossaryPrefix, StringComparison.Ordinal));
        return byTeam
            ? new MatchEvidence(MatchMethod.Glossary, TeamGlossaryWeight * concepts)
            : new MatchEvidence(MatchMethod.BuiltInGlossary, BuiltInGlossaryWeight * concepts);
    }

    /// <summary>True when every concept of <paramref name="part"/> is in <paramref name="whole"/> and the whole has more.</summary>
    public static bool IsPartOf(HandoffTerms part, HandoffTerms whole) =>
        !part.IsEmpty && part.Concepts.Length < whole.Concepts.Length && part.Concepts.All(c => Array.BinarySearch(whole.Concepts, c, StringComparer.Ordinal) >= 0);

    /// <summary>How many concepts the two share.</summary>
    public static int SharedCount(HandoffTerms a, HandoffTerms b) => Shared(a.Concepts, b.Concepts).Count();

    /// <summary>The Jaccard overlap of two sorted sets when it makes a confident match, else null.</summary>
    private static double? Overlap(string[] a, string[] b)
    {
        var shared = Shared(a, b).Count();
        var union = a.Length + b.Length - shared;
        var jaccard = (double)shared / union;
        return shared == union || (shared >= 2 && jaccard >= MinimumOverlap) ? jaccard : null;
    }

    private static IEnumerable<string> Shared(string[] a, string[] b)
    {
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            var order = string.CompareOrdinal(a[i], b[j]);
            if (order == 0)
            {
                yield return a[i];
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
    }
}
