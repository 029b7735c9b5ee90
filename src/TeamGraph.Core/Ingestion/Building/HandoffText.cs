using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Ingestion.Building;

/// <summary>
/// Compares what is handed over ("Release approval", "release approvals", "Approval of release") and formats. Text is
/// reduced to a sorted set of word stems: case, punctuation, word order, simple plurals and Cyrillic letters that look
/// like Latin ones ("Dосs" typed with a Cyrillic "о") do not matter. Two texts match when their stem sets are equal, or
/// when one adds a single word to the other and the shorter still has two words ("Staging deployment" ~ "Staging
/// deployment notification"). Nothing looser: a wrong merge would hide exactly the disagreement the audit is for.
/// </summary>
public static class HandoffText
{
    /// <summary>What a handoff, decision or situation is called when its row leaves the text blank.</summary>
    public const string Unnamed = "(not named)";

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "for", "to", "and", "on", "in", "и", "в", "на", "по", "для", "от", "о", "об",
    };

    // Lower-case Cyrillic letters with a Latin twin, so a word typed with both keyboards compares equal.
    private static readonly Dictionary<char, char> CyrillicToLatin = new()
    {
        ['а'] = 'a',
        ['е'] = 'e',
        ['к'] = 'k',
        ['о'] = 'o',
        ['р'] = 'p',
        ['с'] = 'c',
        ['у'] = 'y',
        ['х'] = 'x',
        ['і'] = 'i',
        ['ј'] = 'j',
        ['ѕ'] = 's',
    };

    private static readonly Dictionary<char, char> LatinToCyrillic = CyrillicToLatin.ToDictionary(p => p.Value, p => p.Key);

    /// <summary>The sorted, distinct word stems of <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> Key(string text)
    {
        var stems = NameNormalizer.Loosen(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !StopWords.Contains(word))
            .Select(FoldToOneScript)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return [.. stems];
    }

    /// <summary>True when the two keys name the same thing under the rule above.</summary>
    public static bool Matches(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == b.Count)
        {
            return a.SequenceEqual(b, StringComparer.Ordinal);
        }

        var (shorter, longer) = a.Count < b.Count ? (a, b) : (b, a);
        return shorter.Count >= 2 && longer.Count == shorter.Count + 1 && shorter.All(longer.Contains);
    }

    /// <summary>True when neither format says more than the other allows: equal, or one's words include the other's ("Jira" ⊂ "Jira/Slack").</summary>
    public static bool FormatsAgree(string a, string b)
    {
        var (left, right) = (Key(a), Key(b));
        return left.Count == 0 || right.Count == 0 || left.All(right.Contains) || right.All(left.Contains);
    }

    /// <summary>
    /// A word mixing scripts is a typo in one of them: when all its Cyrillic letters have Latin twins it is read as
    /// Latin ("Dосs"), when all its Latin letters have Cyrillic twins as Cyrillic ("пpиёмка"); otherwise it is left alone.
    /// </summary>
    private static string FoldToOneScript(string word)
    {
        var cyrillic = word.Where(c => c is >= '\u0400' and <= '\u04FF').ToList();
        var latin = word.Where(c => c is >= 'a' and <= 'z').ToList();
        if (cyrillic.Count == 0 || latin.Count == 0)
        {
            return word;
        }

        var fold = cyrillic.All(CyrillicToLatin.ContainsKey) ? CyrillicToLatin
            : latin.All(LatinToCyrillic.ContainsKey) ? LatinToCyrillic
            : null;
        return fold is null ? word : string.Concat(word.Select(c => fold.GetValueOrDefault(c, c)));
    }
}
