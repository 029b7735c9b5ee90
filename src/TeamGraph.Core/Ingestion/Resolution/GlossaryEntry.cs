using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Resolution;

/// <summary>A row of a glossary table: a term and the other ways the team writes it, in any language.</summary>
public sealed record GlossaryEntry(string Term, IReadOnlyList<string> Equivalents, SourceRef Source)
{
    /// <summary>The term followed by its equivalents.</summary>
    public IEnumerable<string> Spellings => Equivalents.Prepend(Term);
}
