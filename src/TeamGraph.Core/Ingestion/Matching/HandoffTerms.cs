namespace TeamGraph.Core.Ingestion.Matching;

/// <summary>
/// What a table cell names, in the forms the matcher compares: the normalised text, the sorted distinct word stems,
/// and its concepts: one per glossary phrase or word, each with every meaning the glossaries give it (a word both
/// glossaries know keeps both entries; a word neither knows is its stem).
/// </summary>
/// <param name="Normalized">Case, punctuation and spacing folded (<c>NameNormalizer.Normalize</c>).</param>
/// <param name="Stems">The Snowball stems of the words that carry meaning.</param>
/// <param name="Concepts">Per phrase or word, its meanings: glossary entries (<c>t:</c> the team's, <c>b:</c> the built-in one) or the stem.</param>
/// <param name="Words">Each stem with the one-word glossary entries it is a form of, read alone (no phrases): what a phrase entry is made of («Оценка трудозатрат» still names an estimate).</param>
/// <param name="Numbers">The numbers of the text, in order ("2", "8" of "Work item 2-8").</param>
internal sealed record HandoffTerms(string Normalized, string[] Stems, string[][] Concepts, string[][] Words, string[] Numbers)
{
    public const string TeamGlossaryPrefix = "t:";
    public const string BuiltInGlossaryPrefix = "b:";

    /// <summary>Names nothing: a blank cell, or only stop words.</summary>
    public bool IsEmpty => Concepts.Length == 0;
}
