using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// One edge between two node ids. Chains and <c>&amp;</c> fan-out are expanded, so <c>A &amp; B --&gt; C</c> gives two edges.
/// <see cref="Length"/> is 1 for <c>--&gt;</c>, 2 for <c>---&gt;</c>, and so on (for dotted links, the number of dots).
/// <see cref="Label"/> is <see langword="null"/> when the edge has none. <see cref="Source"/> and <see cref="Column"/>
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
    int Column);
