using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// One edge between two node ids. Chains and <c>&amp;</c> fan-out are expanded, so <c>A &amp; B --&gt; C</c> gives two edges.
/// <see cref="Length"/> is 1 for <c>--&gt;</c>, 2 for <c>---&gt;</c>, and so on (for dotted links, the number of dots; 1 for
/// an <see cref="MermaidStroke.Invalid"/> link, which mermaid gives no length).
/// <see cref="Label"/> is <see langword="null"/> when the edge has none; HTML in it is sanitized as mermaid sanitizes it. <see cref="Source"/> and <see cref="Column"/>
/// point at the link (where <c>--&gt;</c>, or <c>--</c> of <c>-- label --&gt;</c>, starts), 1-based.
/// </summary>
public sealed record MermaidEdge(
    string From,
    string To,
    string? Label,
    MermaidStroke Stroke,
    MermaidArrowHead StartHead,
    MermaidArrowHead EndHead,
    int Length,
    SourceRef Source,
    int Column)
{
    /// <summary>The id written before the link (<c>A e1@--&gt; B</c> → "e1"); <see langword="null"/> when none was given.</summary>
    public string? Id { get; init; }

    /// <summary>
    /// The edge's data block (<c>e1@{ animate: true }</c>) as written, key to value; empty when it has none. Mermaid uses
    /// <c>animate</c>, <c>animation</c> and <c>curve</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string> Data { get; init; } = NoData;

    /// <summary>The classes given by <c>class</c> statements naming its id.</summary>
    public IReadOnlyList<string> Classes { get; init; } = [];

    /// <summary>The styles of the last <c>linkStyle</c> naming its index (a later one replaces an earlier one, as in mermaid).</summary>
    public IReadOnlyList<string> Styles { get; init; } = [];

    /// <summary>The curve of <c>linkStyle N interpolate ...</c> (<c>basis</c>, <c>linear</c>, ...), or <see langword="null"/>.</summary>
    public string? Interpolate { get; init; }

    internal static IReadOnlyDictionary<string, string> NoData { get; } = new Dictionary<string, string>();
}
