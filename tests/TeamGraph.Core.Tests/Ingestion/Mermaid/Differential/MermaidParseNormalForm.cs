using System.Text.Json;
using System.Text.Json.Nodes;
using TeamGraph.Core.Ingestion.Mermaid;
using TeamGraph.Core.Ingestion.Mermaid.Html;

namespace TeamGraph.Core.Tests.Ingestion.Mermaid.Differential;

/// <summary>
/// One flowchart parse, TeamGraph's or mermaid's, reduced to what both must agree on and nothing else: the
/// direction (<c>TD</c> read as <c>TB</c>), vertices by id with their text and mermaid's type name, edges as a sorted
/// multiset of start, end, text, type, stroke and length, and subgraphs by id with their title and members as a set
/// (a nested subgraph counts as a member of its parent, and so do the texts of accessibility statements and the ';' of
/// empty statements in its body, as mermaid lists them). Each part is kept as one canonical JSON
/// string so a disagreement prints both sides readably. Texts are HTML-decoded on both sides (mermaid's answers come
/// from <c>--decode-html</c>), so <c>&amp;amp;</c> written by the author and <c>&amp;</c> compare equal, as they render. A rejected input has <see cref="Error"/> set and no parts.
/// </summary>
internal sealed record MermaidParseNormalForm(string? Error, string Direction, string Vertices, string Edges, string Subgraphs)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public bool IsRejected => Error is not null;

    public static MermaidParseNormalForm Rejected(string error) => new(error, "", "", "", "");

    public static MermaidParseNormalForm FromTeamGraph(MermaidFlowchart chart) => Normalise(
        chart.Direction,
        chart.Nodes.Select(n => new Vertex(n.Id, HtmlCharacterReferences.Decode(n.Label), n.ShapeName ?? MermaidTypeOf(n.Shape))),
        chart.Edges.Select(e => e.Stroke == MermaidStroke.Invalid
            ? new Edge(e.From, e.To, HtmlCharacterReferences.Decode(e.Label ?? ""), "INVALID", "INVALID", e.Length)
            : new Edge(e.From, e.To, HtmlCharacterReferences.Decode(e.Label ?? ""), EdgeTypeOf(e.StartHead, e.EndHead), e.Stroke.ToString().ToLowerInvariant(), e.Length)),
        chart.Subgraphs.Select(s => new Subgraph(
            s.Id,
            HtmlCharacterReferences.Decode(s.Title ?? s.Id),
            [.. s.NodeIds, .. chart.Subgraphs.Where(child => child.ParentId == s.Id).Select(child => child.Id), .. s.NonNodeMembers])));

    /// <summary>A line of <c>mermaid-flow.mjs --jsonl --decode-html</c>.</summary>
    public static MermaidParseNormalForm FromOracle(JsonObject answer)
    {
        if (answer["error"] is { } error)
        {
            return Rejected((string)error!);
        }

        return Normalise(
            (string)answer["direction"]!,
            answer["vertices"]!.AsArray().Select(v => new Vertex((string)v!["id"]!, (string?)v["text"] ?? "", (string?)v["type"])),
            answer["edges"]!.AsArray().Select(e => new Edge(
                (string)e!["start"]!, (string)e["end"]!, (string?)e["text"] ?? "", (string?)e["type"], (string?)e["stroke"], (int?)e["length"] ?? 1)),
            answer["subgraphs"]!.AsArray().Select(s => new Subgraph(
                (string)s!["id"]!, (string?)s["title"] ?? "", [.. s["nodes"]!.AsArray().Select(n => (string)n!)])));
    }

    /// <summary>The parts that differ, each as <c>part: mermaid ... / teamgraph ...</c>; empty when the two agree.</summary>
    public IEnumerable<string> DifferencesFrom(MermaidParseNormalForm mermaid)
    {
        if (mermaid.IsRejected || IsRejected)
        {
            if (mermaid.IsRejected != IsRejected)
            {
                yield return mermaid.IsRejected
                    ? $"mermaid rejects it ({FirstLine(mermaid.Error!)}), TeamGraph accepts it"
                    : $"TeamGraph rejects it ({Error}), mermaid accepts it";
            }

            yield break;
        }

        foreach (var (part, theirs, ours) in new[]
        {
            ("direction", mermaid.Direction, Direction),
            ("vertices", mermaid.Vertices, Vertices),
            ("edges", mermaid.Edges, Edges),
            ("subgraphs", mermaid.Subgraphs, Subgraphs),
        })
        {
            if (theirs != ours)
            {
                yield return $"{part}:\n      mermaid   {theirs}\n      teamgraph {ours}";
            }
        }
    }

    /// <summary>
    /// Mermaid's type names for TeamGraph's shapes (those of <c>tests/data/mermaid/compare-with-mermaid.mjs</c>); a
    /// shape added since is compared by its lower-case name, so a new shape shows up as a disagreement, not a crash.
    /// </summary>
    private static string? MermaidTypeOf(MermaidNodeShape shape) => shape.ToString() switch
    {
        "None" => null,
        "Rectangle" => "square",
        "Round" => "round",
        "Stadium" => "stadium",
        "Subroutine" => "subroutine",
        "Cylinder" => "cylinder",
        "Circle" => "circle",
        "DoubleCircle" => "doublecircle",
        "Asymmetric" => "odd",
        "Rhombus" => "diamond",
        "Hexagon" => "hexagon",
        "Parallelogram" => "lean_right",
        "ParallelogramAlt" => "lean_left",
        "Trapezoid" => "trapezoid",
        "TrapezoidAlt" => "inv_trapezoid",
        var other => other.ToLowerInvariant(),
    };

    private static string EdgeTypeOf(MermaidArrowHead start, MermaidArrowHead end)
    {
        var head = end switch
        {
            MermaidArrowHead.None => "open",
            MermaidArrowHead.Arrow => "point",
            MermaidArrowHead.Circle => "circle",
            MermaidArrowHead.Cross => "cross",
            _ => end.ToString().ToLowerInvariant(),
        };
        return start == MermaidArrowHead.None ? $"arrow_{head}" : $"double_arrow_{head}";
    }

    private static MermaidParseNormalForm Normalise(string direction, IEnumerable<Vertex> vertices, IEnumerable<Edge> edges, IEnumerable<Subgraph> subgraphs) => new(
        null,
        direction == "TD" ? "TB" : direction,
        Canonical(vertices.OrderBy(v => v.Id, StringComparer.Ordinal)),
        Canonical(edges.Select(e => JsonSerializer.Serialize(e, Json)).Order(StringComparer.Ordinal)),
        Canonical(subgraphs
            .Select(s => s with { Nodes = [.. s.Nodes.Distinct().Order(StringComparer.Ordinal)] })
            .OrderBy(s => s.Id, StringComparer.Ordinal)));

    private static string Canonical<T>(IEnumerable<T> items) => JsonSerializer.Serialize(items.ToList(), Json);

    private static string FirstLine(string text) => text.Split('\n')[0];

    private sealed record Vertex(string Id, string Text, string? Type);

    private sealed record Edge(string Start, string End, string Text, string? Type, string? Stroke, int Length);

    private sealed record Subgraph(string Id, string Title, IReadOnlyList<string> Nodes);
}
