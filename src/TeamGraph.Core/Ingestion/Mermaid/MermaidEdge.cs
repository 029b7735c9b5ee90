using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// One edge between two node ids. Chains and <c>&amp;</c> fan-out are expanded, so <c>A &amp; B --&gt; C</c> gives two edges.
/// <see cref="Length"/> is 1 for <c>--&gt;</c>, 2 for <c>---&gt;</c>, and so on.
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
