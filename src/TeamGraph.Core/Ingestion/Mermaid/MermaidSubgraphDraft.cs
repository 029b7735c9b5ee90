namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>A subgraph while it is being parsed: its id is only final when it closes (mermaid numbers unnamed ones then).</summary>
internal sealed class MermaidSubgraphDraft(string? id, string? title, MermaidSubgraphDraft? parent, MermaidToken keyword)
{
    private readonly HashSet<string> _named = new(StringComparer.Ordinal);

    public string? Id { get; set; } = id;

    public string? Title { get; } = title;

    public MermaidSubgraphDraft? Parent { get; } = parent;

    public MermaidToken Keyword { get; } = keyword;

    public string? Direction { get; set; }

    /// <summary>The classes <c>class</c> statements gave it after it closed.</summary>
    public List<string> Classes { get; } = [];

    /// <summary>Node ids named in the body, in order, without repeats.</summary>
    public List<string> Named { get; } = [];

    /// <summary>The members left after subgraphs closed earlier took theirs.</summary>
    public List<string> Members { get; } = [];

    public void Name(string nodeId)
    {
        if (_named.Add(nodeId))
        {
            Named.Add(nodeId);
        }
    }
}
