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

    // Most charts have no edge ids, subgraphs or class definitions: these are made when first needed, since parsing a
    // small chart costs little more than setting up its collections.
    private Dictionary<string, int>? _edgeIndex;
    private List<MermaidSubgraphDraft>? _subgraphs;
    private MermaidSubgraphDraft? _innermostOpen;
    private HashSet<string>? _claimed;
    private Dictionary<string, MermaidSubgraphDraft>? _closed;
    private Dictionary<string, List<string>>? _classDefs;
    private IReadOnlyList<string> _defaultLinkStyles = [];
    private string? _defaultLinkInterpolate;
    private string? _accessibleTitle;
    private string? _accessibleDescription;
    private int _closedCount;
    private List<(string Code, MermaidToken At, string Message)>? _warnings;

    /// <summary>What the parse warned about, in order: accepted by mermaid, but worth the author's attention.</summary>
    public IReadOnlyList<(string Code, MermaidToken At, string Message)> Warnings => _warnings ?? [];

    /// <summary>The number of edges added so far.</summary>
    public int EdgeCount => _edges.Count;

    /// <summary>Records that <paramref name="idToken"/> names a node, with a shape and label when it has them.</summary>
    public void AddNode(MermaidToken idToken, MermaidNodeShape shape, string? label, string? shapeName = null)
    {
        var id = idToken.Text;
        if (IsEdgeId(id))
        {
            // Mermaid's flowDb: once an edge has this id, the name means the edge and no vertex is made for it.
            _innermostOpen?.Name(id);
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

        _innermostOpen?.Name(id);
    }

    /// <summary>
    /// Mermaid's <c>style X ...</c>: makes vertex X when nothing has named it yet, but, unlike a vertex statement, does not
    /// make X a member of the subgraph the statement stands in.
    /// </summary>
    public void AddStyledNode(MermaidToken idToken)
    {
        var id = idToken.Text;
        if (IsEdgeId(id) || _nodeIndex.ContainsKey(id))
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
        if (_edgeIndex is not null && _edgeIndex.TryGetValue(idToken.Text, out var edge))
        {
            // Mermaid's flowDb: the data block's curve is the edge's interpolation.
            _edges[edge] = _edges[edge] with { Data = new Dictionary<string, string>(data.Values, StringComparer.Ordinal), Interpolate = data["curve"] ?? _edges[edge].Interpolate };
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

        _nodes[index] = node with { Data = new Dictionary<string, string>(data.Values, StringComparer.Ordinal) };
    }

    /// <summary><c>classDef a,b styles</c>: a class defined again gets the new styles after its old ones.</summary>
    public void DefineClasses(IEnumerable<string> names, IReadOnlyList<string> styles)
    {
        foreach (var name in names)
        {
            _classDefs ??= new(StringComparer.Ordinal);
            if (!_classDefs.TryGetValue(name, out var known))
            {
                _classDefs[name] = known = [];
            }

            known.AddRange(styles);
        }
    }

    /// <summary><c>class a,b name</c> and <c>a:::name</c>: each id that names a node, an edge or a closed subgraph gets the class.</summary>
    public void AddClass(IEnumerable<string> ids, string className)
    {
        foreach (var id in ids)
        {
            if (_nodeIndex.TryGetValue(id, out var node))
            {
                _nodes[node] = _nodes[node] with { Classes = [.. _nodes[node].Classes, className] };
            }

            if (_edgeIndex is not null && _edgeIndex.TryGetValue(id, out var edge))
            {
                _edges[edge] = _edges[edge] with { Classes = [.. _edges[edge].Classes, className] };
            }

            if (_closed is not null && _closed.TryGetValue(id, out var subgraph))
            {
                subgraph.Classes.Add(className);
            }
        }
    }

    /// <summary><c>style id styles</c>: the node's styles grow.</summary>
    public void AddStyles(string id, IReadOnlyList<string> styles)
    {
        if (_nodeIndex.TryGetValue(id, out var node))
        {
            _nodes[node] = _nodes[node] with { Styles = [.. _nodes[node].Styles, .. styles] };
        }
    }

    /// <summary><c>linkStyle 0,2 ...</c>: new styles replace the edges' old ones; a curve, when given, replaces theirs.</summary>
    public void StyleLinks(IEnumerable<int> indexes, IReadOnlyList<string>? styles, string? interpolate)
    {
        foreach (var index in indexes)
        {
            var edge = _edges[index];
            _edges[index] = edge with { Styles = styles ?? edge.Styles, Interpolate = interpolate ?? edge.Interpolate };
        }
    }

    /// <summary><c>linkStyle default ...</c>.</summary>
    public void StyleDefaultLinks(IReadOnlyList<string>? styles, string? interpolate)
    {
        _defaultLinkStyles = styles ?? _defaultLinkStyles;
        _defaultLinkInterpolate = interpolate ?? _defaultLinkInterpolate;
    }

    /// <summary><c>click id ...</c> on a node; a later click replaces an earlier one, and a click on an unknown id changes nothing.</summary>
    public void SetClick(string id, MermaidClick click)
    {
        if (_nodeIndex.TryGetValue(id, out var node))
        {
            _nodes[node] = _nodes[node] with { Click = click };
        }
    }

    /// <summary><c>accTitle</c> or <c>accDescr</c>; a later one replaces an earlier one.</summary>
    public void SetAccessibility(string keyword, string text)
    {
        if (keyword == "accTitle")
        {
            _accessibleTitle = text;
        }
        else
        {
            _accessibleDescription = text;
        }
    }

    public void Warn(string code, MermaidToken at, string message) => (_warnings ??= []).Add((code, at, message));

    /// <summary>A statement value mermaid lists as a member of the innermost open subgraph (see <see cref="MermaidSubgraphDraft.NameText"/>).</summary>
    public void NameStatementText(string text)
    {
        if (text.Length > 0)
        {
            _innermostOpen?.NameText(text);
        }
    }

    /// <summary>Adds an edge; an <paramref name="id"/> already taken is dropped, as mermaid does, leaving the edge without one.</summary>
    public void AddEdge(string from, string to, string? label, MermaidArrow arrow, MermaidToken link, string? id = null)
    {
        if (_edges.Count >= MaxEdges)
        {
            throw new MermaidSyntaxException(
                $"the flowchart expands to more than {MaxEdges} edges", link.Line, link.Column, MermaidDiagnosticCodes.TooLarge);
        }

        if (id is not null && !(_edgeIndex ??= new(StringComparer.Ordinal)).TryAdd(id, _edges.Count))
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
        var draft = new MermaidSubgraphDraft(id, title, _innermostOpen, keyword);
        (_subgraphs ??= []).Add(draft);
        _innermostOpen = draft;
    }

    public void CloseSubgraph(MermaidToken endToken)
    {
        var draft = _innermostOpen ?? throw new MermaidSyntaxException("'end' without an open subgraph", endToken.Line, endToken.Column);
        _innermostOpen = draft.Parent;
        draft.Id ??= $"subGraph{_closedCount}";
        (_closed ??= new(StringComparer.Ordinal))[draft.Id] = draft;
        _closedCount++;
        var claimed = _claimed ??= new(StringComparer.Ordinal);
        draft.Members.AddRange(draft.Named.Where(claimed.Add));
    }

    /// <summary>Sets the direction of the innermost open subgraph; mermaid ignores <c>direction</c> outside subgraphs.</summary>
    public void SetDirection(string direction)
    {
        if (_innermostOpen is { } current)
        {
            current.Direction = direction;
        }
    }

    private bool IsEdgeId(string id) => _edgeIndex is not null && _edgeIndex.ContainsKey(id);

    public MermaidFlowchart Build(string direction, MermaidToken diagramKeyword)
    {
        if (_innermostOpen is { } unclosed)
        {
            var name = unclosed.Id ?? unclosed.Title ?? "(untitled)";
            throw new MermaidSyntaxException(
                $"unclosed subgraph '{name}' (expected 'end' before the end of the block)", unclosed.Keyword.Line, unclosed.Keyword.Column);
        }

        IReadOnlyList<MermaidSubgraph> subgraphs = _subgraphs is null ? [] : _subgraphs.ConvertAll(s => new MermaidSubgraph(
            s.Id!, s.Title, [.. s.Members.Where(m => !s.IsTextOnly(m))], s.Parent?.Id, new SourceRef(path, s.Keyword.Line))
        {
            Column = s.Keyword.Column,
            Direction = s.Direction,
            Classes = s.Classes,
            NonNodeMembers = [.. s.Members.Where(s.IsTextOnly)],
        });
        return new MermaidFlowchart(direction, _nodes, _edges, subgraphs, new SourceRef(path, diagramKeyword.Line))
        {
            ClassDefs = _classDefs is null ? [] : [.. _classDefs.Select(c => new MermaidClassDef(c.Key, c.Value))],
            DefaultLinkStyles = _defaultLinkStyles,
            DefaultLinkInterpolate = _defaultLinkInterpolate,
            AccessibleTitle = _accessibleTitle,
            AccessibleDescription = _accessibleDescription,
        };
    }
}
