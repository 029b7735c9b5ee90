using System.Text.Json.Nodes;

namespace TeamGraph.Core.Tests.Ingestion.Mermaid.Differential;

/// <summary>One corpus flowchart and mermaid's recorded parse of it (a line of <c>mermaid-flow.mjs --jsonl</c>).</summary>
internal sealed record MermaidCorpusCase(string Id, string Category, string Text, JsonObject MermaidAnswer);
