namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>A subgraph while it is being parsed: its id is only final when it closes (mermaid numbers unnamed ones then).</summary>
internal sealed class MermaidSubgraphDraft(string? id, string? title, MermaidSubgraphDraft? parent, MermaidToken keyword)
{
    private readonly HashSet<string> _named = new(StringComparer.Ordinal);
    private HashSet<string>? _textOnly;

    public string? Id { get; set; } = id;

    public string? Title { get; } = title;

    public MermaidSubgraphDraft? Parent { get; } = parent;

    public MermaidToken Keyword { get; } = keyword;

    public string? Direction { get; set; }

    /// <summary>The classes <c>class</c> statements gave it after it closed.</summary>
    public List<string> Classes { get; } = [];

    /// <summary>Node ids (and statement texts, see <see cref="NameText"/>) named in the body, in order, without repeats.</summary>
    public List<string> Named { get; } = [];

    /// <summary>The members left after subgraphs closed earlier took theirs.</summary>
    public List<string> Members { get; } = [];

    public void Name(string nodeId)
    {
        _textOnly?.Remove(nodeId);
        if (_named.Add(nodeId))
        {
            Named.Add(nodeId);
        }
    }

    /// <summary>
    /// A statement's value that mermaid's grammar puts in the subgraph's list beside node ids: the text of an
    /// <c>accTitle</c> or <c>accDescr</c>, or <c>;</c> for an empty statement. It takes part in mermaid's membership rules
    /// (no repeats, the subgraph closed first keeps it) but names no node.
    /// </summary>
    public void NameText(string text)
    {
        if (_named.Add(text))
        {
            Named.Add(text);
            (_textOnly ??= new HashSet<string>(StringComparer.Ordinal)).Add(text);
        }
    }

    /// <summary>Whether <paramref name="member"/> came only from <see cref="NameText"/>, never as a node.</summary>
    public bool IsTextOnly(string member) => _textOnly?.Contains(member) == true;
}
