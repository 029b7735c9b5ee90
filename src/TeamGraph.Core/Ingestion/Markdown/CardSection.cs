using Markdig.Syntax;

namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>
/// A heading and the top-level blocks up to the next heading of any level; sub-headings are sections of
/// their own. Lines are 1-based; <see cref="EndLine"/> is the last line before the next heading.
/// </summary>
internal sealed class CardSection(SectionKind kind, string heading, int level, int line)
{
    public SectionKind Kind { get; } = kind;

    public string Heading { get; } = heading;

    /// <summary>The heading level, or 0 for the text before the first heading.</summary>
    public int Level { get; } = level;

    public int Line { get; } = line;

    public int EndLine { get; set; }

    public List<Block> Blocks { get; } = [];

    public IEnumerable<T> BlocksOf<T>()
        where T : Block => Blocks.OfType<T>();
}
