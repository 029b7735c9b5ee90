using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Queries;

/// <summary>
/// A query as the matchers see it: normalised like names (case, punctuation, ё, NFKC) and split into words.
/// Texts are compared in the same normalised form, so "CI/CD" finds "ci cd" and "Релиз" finds "релиз".
/// </summary>
internal sealed class TextQuery
{
    public TextQuery(string? text)
    {
        Normalized = NameNormalizer.Normalize(text ?? "");
        Words = [.. Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];
    }

    public string Normalized { get; }

    public IReadOnlyList<string> Words { get; }

    /// <summary>No letters or digits: matches everything in the filters, nothing in search.</summary>
    public bool IsEmpty => Words.Count == 0;

    /// <summary>Every query word occurs somewhere in the normalised text, so a phrase or a part of a word matches too.</summary>
    public bool ContainsEveryWord(string normalizedText) => Words.All(w => normalizedText.Contains(w, StringComparison.Ordinal));

    /// <summary>0 when the text is the query, 1 when the query is a phrase in it starting at a word, 2 otherwise.</summary>
    public int Rank(string normalizedText)
    {
        if (normalizedText == Normalized)
        {
            return 0;
        }

        return normalizedText.StartsWith(Normalized, StringComparison.Ordinal) || normalizedText.Contains(" " + Normalized, StringComparison.Ordinal) ? 1 : 2;
    }
}
