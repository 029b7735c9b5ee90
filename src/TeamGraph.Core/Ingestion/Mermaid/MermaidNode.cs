using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// A flowchart vertex. <see cref="Label"/> is the text inside its shape (<c>TL[Tech Lead]</c> → "Tech Lead"), or the id
/// when the node never got a shape; <see cref="HasExplicitLabel"/> tells the two apart. <see cref="Source"/> is where it was first seen.
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
}
