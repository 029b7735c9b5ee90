namespace TeamGraph.Core.Ingestion.Matching;

/// <summary>
/// Decides whether two rows name the same thing, and how surely. Texts that are equal once folded match exactly;
/// otherwise stems, then concepts (glossaries) are compared as sets: equal sets match, and so do sets sharing at least
/// two items that make up more than half of both together (Jaccard &gt; 0.5: "Staging deployment" and "Staging
/// deployment notification", not "Security review requests" and "Security review findings") or the whole of one
/// ("Bug reports" in "Test results and bug reports"). One shared word is never enough ("Release notes" and "Release candidate", "ADT feed" and "ORU
/// feed"): different handoffs between the same two roles often share one.
/// </summary>
internal static class HandoffSimilarity
{
    /// <summary>The overlap (Jaccard) a confident match must exceed.</summary>
    public const double MinimumOverlap = 0.5;

    /// <summary>Glossary matches count a little less than stems: a glossary row is a claim, a stem is the word itself.</summary>
    private const double TeamGlossaryWeight = 0.95;
    private const double BuiltInGlossaryWeight = 0.9;

    private const int MinimumPrefix = 4;
    private const int MaximumSuffix = 3;

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

        if (!SameNumbers(a.Numbers, b.Numbers))
        {
            return null;
        }

        if (Overlap(a.Stems, b.Stems) is { } stems)
        {
            return new MatchEvidence(MatchMethod.Stem, stems);
        }

        if (Overlap(a.Concepts, b.Concepts) is not { } concepts)
        {
            return null;
        }

        var byTeam = SharedConcepts(a, b).Any(c => c.StartsWith(HandoffTerms.TeamGlossaryPrefix, StringComparison.Ordinal));
        return byTeam
            ? new MatchEvidence(MatchMethod.Glossary, TeamGlossaryWeight * concepts)
            : new MatchEvidence(MatchMethod.BuiltInGlossary, BuiltInGlossaryWeight * concepts);
    }

    /// <summary>
    /// Word order does not matter, but the order of numbers does: "Work item 2-8" and "Work item 8-2", "Release 1.2" and
    /// "Release 2.1" are different things. Names where only one side has numbers may still match.
    /// </summary>
    private static bool SameNumbers(string[] a, string[] b) =>
        a.Length == 0 || b.Length == 0 || a.AsSpan().SequenceEqual(b);

    /// <summary>How many concepts of <paramref name="part"/> have an equivalent in <paramref name="whole"/>.</summary>
    public static int CoveredCount(HandoffTerms part, HandoffTerms whole) => Shared(part.Concepts, whole.Concepts).Count();

    /// <summary>
    /// The share of what <paramref name="part"/> names that <paramref name="whole"/> names too: by concepts, or by single
    /// words when those cover more than half (a glossary phrase, «Оценка трудозатрат», still contains its words, an
    /// estimate; "Code freeze" is not half of "Code review" for sharing "code").
    /// </summary>
    public static double Coverage(HandoffTerms part, HandoffTerms whole)
    {
        if (part.IsEmpty)
        {
            return 0;
        }

        var byConcepts = (double)Shared(part.Concepts, whole.Concepts).Count() / part.Concepts.Length;
        var byWords = part.Words.Length == 0 ? 0 : (double)Shared(part.Words, whole.Words).Count() / part.Words.Length;
        return byWords > MinimumOverlap ? Math.Max(byConcepts, byWords) : byConcepts;
    }

    /// <summary>How many concepts the two share.</summary>
    public static int SharedCount(HandoffTerms a, HandoffTerms b) => Shared(a.Concepts, b.Concepts).Count();

    /// <summary>The concepts of <paramref name="a"/> with an equivalent in <paramref name="b"/>.</summary>
    public static IEnumerable<string> SharedConcepts(HandoffTerms a, HandoffTerms b) => Shared(a.Concepts, b.Concepts);

    /// <summary>
    /// Two stems are one word when equal, or when the shorter (four letters or more) begins the longer and they differ
    /// by at most three letters: Snowball leaves some forms apart ("депл" of «деплой» and "депло" of «деплоя»,
    /// "verif" and "verifi"). Glossary entries compare only by identity.
    /// </summary>
    public static bool SameWord(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= MinimumPrefix && longer.Length - shorter.Length <= MaximumSuffix
            && longer.StartsWith(shorter, StringComparison.Ordinal) && !IsGlossaryConcept(shorter) && !IsGlossaryConcept(longer);
    }

    private static bool IsGlossaryConcept(string concept) => concept.Contains(':', StringComparison.Ordinal);

    /// <summary>The Jaccard overlap of two sets of stems when it makes a confident match, else null.</summary>
    private static double? Overlap(string[] a, string[] b)
    {
        Span<bool> used = b.Length <= 64 ? stackalloc bool[b.Length] : new bool[b.Length];
        var shared = 0;
        foreach (var item in a)
        {
            for (var j = 0; j < b.Length; j++)
            {
                if (!used[j] && SameWord(item, b[j]))
                {
                    used[j] = true;
                    shared++;
                    break;
                }
            }
        }

        return Confident(shared, a.Length, b.Length);
    }

    /// <summary>The Jaccard overlap of two sets of concepts when it makes a confident match, else null.</summary>
    private static double? Overlap(string[][] a, string[][] b) => Confident(Shared(a, b).Count(), a.Length, b.Length);

    private static double? Confident(int shared, int lengthA, int lengthB)
    {
        var union = lengthA + lengthB - shared;
        var jaccard = (double)shared / union;
        var oneHoldsTheOther = shared == Math.Min(lengthA, lengthB);
        return shared == union || (shared >= 2 && (jaccard > MinimumOverlap || oneHoldsTheOther)) ? jaccard : null;
    }

    /// <summary>
    /// For each item of <paramref name="a"/> paired with a different item of <paramref name="b"/> that shares a meaning
    /// (<see cref="SameWord"/>), the meaning it shares (the sets are a few words each).
    /// </summary>
    private static IEnumerable<string> Shared(string[][] a, string[][] b)
    {
        var used = new bool[b.Length];
        foreach (var item in a)
        {
            for (var j = 0; j < b.Length; j++)
            {
                if (!used[j] && Meaning(item, b[j]) is { } meaning)
                {
                    used[j] = true;
                    yield return meaning;
                    break;
                }
            }
        }
    }

    private static string? Meaning(string[] a, string[] b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (SameWord(x, y))
                {
                    return x;
                }
            }
        }

        return null;
    }
}
