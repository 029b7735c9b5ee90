using System.Text;
using TeamGraph.Core.Ingestion.Building;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Ingestion.Matching;

/// <summary>
/// Reads what a row hands over into <see cref="HandoffTerms"/>: words folded to one script ("Dосs" typed with a
/// Cyrillic "о"), stop words dropped, each word stemmed in its language (<see cref="WordStemmer"/>), then glossary
/// phrases replaced by their entry, longest phrase first, the team's glossary before the built-in one. "Оценки и
/// технические риски" and "Estimates and technical risks" read as the same three concepts. One instance per ingest:
/// it caches what it read and is not thread-safe.
/// </summary>
internal sealed class HandoffVocabulary
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "for", "to", "and", "or", "on", "in", "with", "by", "from", "at", "as", "per", "via", "into",
        "и", "в", "во", "на", "по", "для", "от", "о", "об", "с", "со", "к", "ко", "из", "за", "при", "до", "а", "или", "у", "про",
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

    private readonly WordStemmer _stemmer = new();
    private readonly Dictionary<string, List<Phrase>> _phrasesByFirstStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HandoffTerms> _read = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StemEntries> _entriesOfStem = new(StringComparer.Ordinal);

    public HandoffVocabulary(IReadOnlyList<GlossaryEntry> teamGlossary, IReadOnlyList<GlossaryEntry> builtInGlossary)
    {
        AddPhrases(teamGlossary, HandoffTerms.TeamGlossaryPrefix, rank: 0);
        AddPhrases(builtInGlossary, HandoffTerms.BuiltInGlossaryPrefix, rank: 1);
        foreach (var phrases in _phrasesByFirstStem.Values)
        {
            phrases.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : b.Stems.Length.CompareTo(a.Stems.Length));
        }
    }

    /// <summary>The terms of <paramref name="text"/>; <see cref="HandoffText.Unnamed"/> names nothing.</summary>
    public HandoffTerms Read(string? text)
    {
        text ??= "";
        if (_read.TryGetValue(text, out var terms))
        {
            return terms;
        }

        var normalized = text == HandoffText.Unnamed ? "" : NameNormalizer.Normalize(text);
        var stems = StemsOf(normalized);
        var numbers = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => word.All(char.IsAsciiDigit)).ToArray();
        terms = new HandoffTerms(normalized, SortedDistinct(stems), Distinct(Concepts(stems)), Distinct(stems.ConvertAll(s => EntriesOf(s).Meanings)), numbers);
        _read[text] = terms;
        return terms;
    }

    /// <summary>True when neither format says more than the other allows: equal, blank, or one's concepts include the other's ("Jira" ⊂ "Jira/Slack").</summary>
    public bool FormatsAgree(string? a, string? b)
    {
        var (left, right) = (Read(a), Read(b));
        var shared = HandoffSimilarity.SharedCount(left, right);
        return left.IsEmpty || right.IsEmpty || shared == left.Concepts.Length || shared == right.Concepts.Length;
    }

    private void AddPhrases(IReadOnlyList<GlossaryEntry> glossary, string prefix, int rank)
    {
        for (var entry = 0; entry < glossary.Count; entry++)
        {
            var concept = prefix + entry.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var spelling in glossary[entry].Spellings)
            {
                var stems = StemsOf(NameNormalizer.Normalize(spelling));
                if (stems.Count == 0)
                {
                    continue;
                }

                if (!_phrasesByFirstStem.TryGetValue(IndexKey(stems[0]), out var phrases))
                {
                    _phrasesByFirstStem[IndexKey(stems[0])] = phrases = [];
                }

                phrases.Add(new Phrase([.. stems], concept, rank));
            }
        }
    }

    private List<string> StemsOf(string normalized)
    {
        var stems = new List<string>();
        foreach (var word in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!StopWords.Contains(word))
            {
                stems.Add(_stemmer.Stem(FoldToOneScript(word)));
            }
        }

        return stems;
    }

    /// <summary>
    /// Each position takes the longest phrase of two words or more that starts there (the team's before the built-in
    /// one's), meaning every entry with that phrase; otherwise the word, meaning its one-word entries, or its stem.
    /// </summary>
    private List<string[]> Concepts(List<string> stems)
    {
        var concepts = new List<string[]>(stems.Count);
        for (var i = 0; i < stems.Count;)
        {
            var entries = EntriesOf(stems[i]);
            Phrase? first = null;
            foreach (var phrase in entries.Phrases)
            {
                if (StartsAt(phrase, stems, i))
                {
                    first = phrase;
                    break;
                }
            }

            if (first is not null)
            {
                var span = first.Stems.Length;
                concepts.Add([.. entries.Phrases.Where(p => p.Rank == first.Rank && p.Stems.Length == span && StartsAt(p, stems, i)).Select(p => p.Concept).Distinct(StringComparer.Ordinal)]);
                i += span;
            }
            else
            {
                concepts.Add(entries.Meanings.Length > 1 ? entries.Meanings[1..] : entries.Meanings);
                i++;
            }
        }

        return concepts;
    }

    /// <summary>
    /// What the glossaries say about one stem, worked out once: its meanings (the stem, then every one-word entry it is
    /// a form of) and the phrases of two words or more that begin with it, in the order they are tried.
    /// </summary>
    private StemEntries EntriesOf(string stem)
    {
        if (_entriesOfStem.TryGetValue(stem, out var entries))
        {
            return entries;
        }

        var candidates = _phrasesByFirstStem.TryGetValue(IndexKey(stem), out var indexed) ? indexed : [];
        entries = new StemEntries(
            [stem, .. candidates.Where(p => p.Stems.Length == 1 && HandoffSimilarity.SameWord(p.Stems[0], stem)).Select(p => p.Concept).Distinct(StringComparer.Ordinal)],
            [.. candidates.Where(p => p.Stems.Length > 1 && HandoffSimilarity.SameWord(p.Stems[0], stem))]);
        _entriesOfStem[stem] = entries;
        return entries;
    }

    /// <summary>Phrases are indexed by the first four letters of their first stem, so a stem's near forms (<see cref="HandoffSimilarity.SameWord"/>) find them.</summary>
    private static string IndexKey(string stem) => stem.Length <= 4 ? stem : stem[..4];

    private static bool StartsAt(Phrase phrase, List<string> stems, int start)
    {
        if (start + phrase.Stems.Length > stems.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Stems.Length; k++)
        {
            if (!HandoffSimilarity.SameWord(phrase.Stems[k], stems[start + k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The concepts in a stable order (by their meanings), each once.</summary>
    private static string[][] Distinct(List<string[]> concepts)
    {
        var distinct = new List<string[]>(concepts.Count);
        foreach (var meanings in concepts)
        {
            var sorted = meanings;
            if (meanings.Length > 1)
            {
                sorted = [.. meanings];
                Array.Sort(sorted, StringComparer.Ordinal);
            }

            if (!Contains(distinct, sorted))
            {
                distinct.Add(sorted);
            }
        }

        distinct.Sort(CompareMeanings);
        return [.. distinct];
    }

    private static bool Contains(List<string[]> concepts, string[] meanings)
    {
        foreach (var known in concepts)
        {
            if (known.AsSpan().SequenceEqual(meanings))
            {
                return true;
            }
        }

        return false;
    }

    private static int CompareMeanings(string[] a, string[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var order = string.CompareOrdinal(a[i], b[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static string[] SortedDistinct(List<string> items)
    {
        var sorted = items.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var count = 0;
        foreach (var item in sorted)
        {
            if (count == 0 || sorted[count - 1] != item)
            {
                sorted[count++] = item;
            }
        }

        return count == sorted.Length ? sorted : sorted[..count];
    }

    /// <summary>
    /// A word mixing scripts is a typo in one of them: when all its Cyrillic letters have Latin twins it is read as
    /// Latin ("Dосs"), when all its Latin letters have Cyrillic twins as Cyrillic ("пpиёмка"); otherwise it is left alone.
    /// </summary>
    private static string FoldToOneScript(string word)
    {
        int cyrillic = 0, latin = 0, cyrillicWithTwin = 0, latinWithTwin = 0;
        foreach (var c in word)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                cyrillicWithTwin += CyrillicToLatin.ContainsKey(c) ? 1 : 0;
            }
            else if (c is >= 'a' and <= 'z')
            {
                latin++;
                latinWithTwin += LatinToCyrillic.ContainsKey(c) ? 1 : 0;
            }
        }

        if (cyrillic == 0 || latin == 0)
        {
            return word;
        }

        var fold = cyrillicWithTwin == cyrillic ? CyrillicToLatin : latinWithTwin == latin ? LatinToCyrillic : null;
        if (fold is null)
        {
            return word;
        }

        var folded = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            folded.Append(fold.GetValueOrDefault(c, c));
        }

        return folded.ToString();
    }

    private sealed record Phrase(string[] Stems, string Concept, int Rank);

    private sealed record StemEntries(string[] Meanings, Phrase[] Phrases);
}
