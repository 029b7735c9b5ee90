using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace TeamGraph.Core.Ingestion.Matching;

/// <summary>
/// Reduces a lower-case word to its Snowball stem: Russian for a Cyrillic word, English (Porter2) for a Latin one,
/// other words as they are. "Оценки" and "оценка" both become "оценк", "estimates" and "estimation" "estim". One
/// instance is not thread-safe (Snowball programs keep state); each matcher owns one, and caches what it stemmed.
/// </summary>
internal sealed class WordStemmer
{
    private readonly SnowballProgram _russian = new RussianStemmer();
    private readonly SnowballProgram _english = new EnglishStemmer();
    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);

    public string Stem(string word)
    {
        if (_stems.TryGetValue(word, out var stem))
        {
            return stem;
        }

        var program = IsCyrillic(word) ? _russian : IsLatin(word) ? _english : null;
        if (program is null)
        {
            stem = word;
        }
        else
        {
            program.SetCurrent(word);
            program.Stem();
            stem = program.Current;
        }

        _stems[word] = stem;
        return stem;
    }

    private static bool IsCyrillic(string word) => word.Any(c => c is >= '\u0400' and <= '\u04FF');

    private static bool IsLatin(string word) => word.Any(c => c is >= 'a' and <= 'z');
}
