namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>One column a table section expects, with the header words (normalised) that name it.</summary>
internal sealed record ColumnSpec(string Key, bool Required, params string[] Synonyms)
{
    public bool MatchesExactly(string normalizedHeader) => Synonyms.Contains(normalizedHeader, StringComparer.Ordinal);

    public bool MatchesLoosely(string normalizedHeader) =>
        Synonyms.Any(synonym => KeywordText.HasWordPrefix(normalizedHeader, synonym));
}
