namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>What a link token says about its edge: stroke, heads and length (1 for <c>--&gt;</c>, 2 for <c>---&gt;</c>, ...).</summary>
internal readonly record struct MermaidArrow(MermaidStroke Stroke, MermaidArrowHead StartHead, MermaidArrowHead EndHead, int Length);
