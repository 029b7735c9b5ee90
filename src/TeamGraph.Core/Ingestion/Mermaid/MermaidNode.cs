using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// A flowchart vertex. <see cref="Label"/> is the text inside its shape (<c>TL[Tech Lead]</c> → "Tech Lead"), or the id
/// when the node never got a shape; <see cref="HasExplicitLabel"/> tells the two apart. A label holding HTML is kept as
/// mermaid keeps it, sanitized (<c>Line&lt;r&gt;two</c> → "Linetwo", <c>Line&lt;b&gt;two</c> → <c>Line&lt;b&gt;two&lt;/b&gt;</c>),
/// its text and character references as written. <see cref="Source"/> is where it was first seen.
/// </summary>
public sealed record MermaidNode(string Id, string Label, MermaidNodeShape Shape, bool HasExplicitLabel, SourceRef Source)
{
    /// <summary>1-based column of the id where the node was first seen; 0 when unknown.</summary>
    public int Column { get; init; }

    /// <summary>
    /// The mermaid 11 shape name or alias written in the node's data block (<c>@{ shape: db }</c> → "db"), which mermaid
    /// reports as the vertex type, or "rect" for a rectangle with properties (<c>B[|borders:lt|text]</c>);
    /// <see langword="null"/> when the shape comes from classic delimiters or is not given.
    /// </summary>
    public string? ShapeName { get; init; }

    /// <summary>The classes given by <c>:::name</c> and <c>class</c> statements, in order, as mermaid keeps them (<c>class A c1,c2</c> is one class "c1,c2").</summary>
    public IReadOnlyList<string> Classes { get; init; } = [];

    /// <summary>The styles of its <c>style</c> statements, in order (<c>style A fill:#f9f,stroke:#333</c> → "fill:#f9f", "stroke:#333").</summary>
    public IReadOnlyList<string> Styles { get; init; } = [];

    /// <summary>What its <c>click</c> statement does, or <see langword="null"/>.</summary>
    public MermaidClick? Click { get; init; }

    /// <summary>Its data block (<c>A@{ shape: db, label: "Orders" }</c>) as written, key to value; empty when it has none.</summary>
    public IReadOnlyDictionary<string, string> Data { get; init; } = MermaidEdge.NoData;
}
