namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>A class of a <c>classDef</c> statement (<c>classDef lead fill:#f9f,stroke:#333</c>) and its styles.</summary>
public sealed record MermaidClassDef(string Name, IReadOnlyList<string> Styles);
