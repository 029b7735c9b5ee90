using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>Collects what the statements of one flowchart declare, in order, and applies mermaid's subgraph membership rule.</summary>
internal sealed class MermaidFlowchartBuilder(string path)
{
    /// <summary>A cap on expanded edges, so that an <c>&amp;</c> fan-out cannot exhaust memory.</summary>
    public const int MaxEdges = 100_000;

    private const int MaxLinkLength = 10;

    private readonly List<MermaidNode> _nodes = [];
    private readonly Dictionary<string, int> _nodeIndex = new(StringComparer.Ordinal);
    private readonly List<MermaidEdge> _edges = [];
    private readonly Dictionary<string, int> _edgeIndex = new(StringComparer.Ordinal);
    private readonly List<MermaidSubgraphDraft> _subgraphs = [];
    private readonly Stack<MermaidSubgraphDraft> _open = new();
    private readonly HashSet<string> _claimed = new(StringComparer.Ordinal);
    private int _closedCount;

    /// <summary>The number of edges added so far.</summary>
    public int EdgeCount => _edges.Count;

    /// <summary>Records that <paramref name="idToken"/> names a node, with a shape and label when it has them.</summary>
    public void AddNode(MermaidToken idToken, MermaidNodeShape shape, string? label, string? shapeName = null)
    {
        var id = idToken.Text;
        if (_edgeIndex.ContainsKey(id))
        {
            // Mermaid's flowDb: once an edge has this id, the name means the edge and no vertex is made for it.
            _open.TryPeek(out var enclosing);
            enclosing?.Name(id);
            return;
        }

        if (!_nodeIndex.TryGetValue(id, out var index))
        {
            index = _nodes.Count;
            _nodeIndex.Add(id, index);
            var source = new SourceRef(path, idToken.Line);
            _nodes.Add(new MermaidNode(id, id, MermaidNodeShape.None, false, source) { Column = idToken.Column });
        }

        if (label is not null)
        {
            // As in mermaid, a later shape replaces an earlier one; the node keeps the place it was first seen.
            _nodes[index] = _nodes[index] with { Label = label, Shape = shape, ShapeName = shapeName, HasExplicitLabel = true };
        }

        if (_open.TryPeek(out var current))
        {
            current.Name(id);
        }
    }

    /// <summary>
    /// Mermaid's <c>style X ...</c>: makes vertex X when nothing has named it yet, but, unlike a vertex statement, does not
    /// make X a member of the subgraph the statement stands in.
    /// </summary>
    public void AddStyledNode(MermaidToken idToken)
    {
        var id = idToken.Text;
        if (_edgeIndex.ContainsKey(id) || _nodeIndex.ContainsKey(id))
        {
            return;
        }

        _nodeIndex.Add(id, _nodes.Count);
        _nodes.Add(new MermaidNode(id, id, MermaidNodeShape.None, false, new SourceRef(path, idToken.Line)) { Column = idToken.Column });
    }

    /// <summary>
    /// Applies a node's data block as mermaid's flowDb does: a <c>shape</c> must be one of mermaid's names, written in lowercase,
    /// and replaces the shape; a <c>label</c> replaces the text.
    /// </summary>
    public void ApplyNodeData(MermaidToken idToken, MermaidNodeData data, MermaidToken block)
    {
        if (_edgeIndex.TryGetValue(idToken.Text, out var edge))
        {
            _edges[edge] = _edges[edge] with { Data = new Dictionary<string, string>(data.Values, StringComparer.Ordinal) };
            return;
        }

        var index = _nodeIndex[idToken.Text];
        var node = _nodes[index];
        if (data["shape"] is { } name)
        {
            if (name.Any(char.IsUpper) || name.Contains('_', StringComparison.Ordinal))
            {
                throw new MermaidSyntaxException($"no such shape '{name}'; shape names are lowercase, without '_'", block.Line, block.Column);
            }

            if (!MermaidShapes.TryResolveName(name, out var shape))
            {
                throw new MermaidSyntaxException($"no such shape '{name}'", block.Line, block.Column);
            }

            node = node with { Shape = shape, ShapeName = name };
        }

        if (data["label"] is { } written && MermaidLabelText.WithEntitiesDecoded(written) is var label)
        {
            node = node with { Label = label, HasExplicitLabel = true };
        }

        _nodes[index] = node;
    }

    /// <summary>Adds an edge; an <paramref name="id"/> already taken is dropped, as mermaid does, leaving the edge without one.</summary>
    public void AddEdge(string from, string to, string? label, MermaidArrow arrow, MermaidToken link, string? id = null)
    {
        if (_edges.Count >= MaxEdges)
        {
            throw new MermaidSyntaxException(
                $"the flowchart expands to more than {MaxEdges} edges", link.Line, link.Column, MermaidDiagnosticCodes.TooLarge);
        }

        if (id is not null && !_edgeIndex.TryAdd(id, _edges.Count))
        {
            id = null;
        }

        // Mermaid caps a link's length at 10.
        _edges.Add(new MermaidEdge(
            from, to, label, arrow.Stroke, arrow.StartHead, arrow.EndHead, Math.Min(arrow.Length, MaxLinkLength), new SourceRef(path, link.Line), link.Column)
        {
            Id = id,
        });
    }

    public void OpenSubgraph(string? id, string? title, MermaidToken keyword)
    {
        var draft = new MermaidSubgraphDraft(id, title, _open.TryPeek(out var parent) ? parent : null, keyword);
        _subgraphs.Add(draft);
        _open.Push(draft);
    }

    public void CloseSubgraph(MermaidToken endToken)
    {
        if (!_open.TryPop(out var draft))
        {
            throw new MermaidSyntaxException("'end' without an open subgraph", endToken.Line, endToken.Column);
        }

        draft.Id ??= $"subGraph{_closedCount}";
        _closedCount++;
        draft.Members.AddRange(draft.Named.Where(_claimed.Add));
    }

    /// <summary>Sets the direction of the innermost open subgraph; mermaid ignores <c>direction</c> outside subgraphs.</summary>
    public void SetDirection(string direction)
    {
        if (_open.TryPeek(out var current))
        {
            current.Direction = direction;
        }
    }

    public MermaidFlowchart Build(string direction)
    {
        if (_open.TryPeek(out var unclosed))
        {
            var name = unclosed.Id ?? unclosed.Title ?? "(untitled)";
            throw new MermaidSyntaxException(
                $"unclosed subgraph '{name}' (expected 'end' before the end of the block)", unclosed.Keyword.Line, unclosed.Keyword.Column);
        }

        var subgraphs = _subgraphs.ConvertAll(s => new MermaidSubgraph(
            s.Id!, s.Title, s.Members, s.Parent?.Id, new SourceRef(path, s.Keyword.Line))
        {
            Column = s.Keyword.Column,
            Direction = s.Direction,
        });
        return new MermaidFlowchart(direction, _nodes, _edges, subgraphs);
    }
}
