using System.Text.Json.Nodes;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Mermaid;

namespace TeamGraph.Core.Tests.Ingestion.Mermaid.Differential;

/// <summary>
/// What a map says beyond its shape (classes, <c>classDef</c>, <c>style</c>, <c>linkStyle</c>, <c>click</c>, edge ids and
/// data) against mermaid 11's own data model: <c>tests/data/mermaid-corpus/styling.jsonl</c>, answered by
/// <c>mermaid-flow.mjs --jsonl --decode-html --full</c> in <c>answers/styling-full.jsonl</c>. Two things mermaid adds
/// for drawing are left out of the comparison: the class "clickable" on a node with a click, and the style
/// "fill:none" on a styled link.
/// </summary>
public sealed class MermaidStylingDifferentialTests
{
    private static readonly MermaidFlowchartParser Parser = new();

    private static readonly Lazy<Dictionary<string, MermaidCorpusCase>> Corpus =
        new(() => MermaidCorpus.Load("styling.jsonl", "styling-full.jsonl").ToDictionary(c => c.Id, StringComparer.Ordinal));

    public static TheoryData<string> Cases() => [.. Corpus.Value.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Styling_AgreesWithMermaidsDataModel(string id)
    {
        var corpusCase = Corpus.Value[id];
        var chart = Parser.Parse(new MermaidBlock(corpusCase.Text, 1, "styling.md"), new List<Diagnostic>());

        Assert.NotNull(chart);
        Assert.Equal(Expected(corpusCase.MermaidAnswer), Actual(chart));
    }

    private static List<string> Expected(JsonObject answer) =>
    [
        .. answer["vertices"]!.AsArray().Select(v => Vertex(
            (string)v!["id"]!, Strings(v["classes"]).Where(c => c != "clickable"), Strings(v["styles"]),
            Link((string?)v["link"]), (string?)v["linkTarget"], (string?)v["tooltip"])),
        .. answer["edges"]!.AsArray().Select(e => Edge(
            (string)e!["start"]!, (string)e["end"]!, (bool?)e["isUserDefinedId"] == true ? (string?)e["id"] : null, Strings(e["classes"]),
            Strings(e["style"]).Where(s => s != "fill:none"), (string?)e["interpolate"], e["animate"]?.ToString(), (string?)e["animation"])),
        .. answer["subgraphs"]!.AsArray().Select(s => Subgraph((string)s!["id"]!, Strings(s["classes"]))),
        .. answer["classDefs"]!.AsObject().Select(c => ClassDef(c.Key, Strings(c.Value!["styles"]))),
    ];

    private static List<string> Actual(MermaidFlowchart chart) =>
    [
        .. chart.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal).Select(n => Vertex(
            n.Id, n.Classes, n.Styles, Link(n.Click?.Link), n.Click?.Target, n.Click?.Tooltip)),
        .. chart.Edges.Select(e => Edge(e.From, e.To, e.Id, e.Classes, e.Styles, e.Interpolate, e.Data.GetValueOrDefault("animate"), e.Data.GetValueOrDefault("animation")))
            .Order(StringComparer.Ordinal),
        .. chart.Subgraphs.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => Subgraph(s.Id, s.Classes)),
        .. chart.ClassDefs.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => ClassDef(c.Name, c.Styles)),
    ];

    private static string Vertex(string id, IEnumerable<string> classes, IEnumerable<string> styles, string? link, string? target, string? tooltip) =>
        $"vertex {id} classes [{string.Join("|", classes)}] styles [{string.Join("|", styles)}] link {link} target {target} tooltip {tooltip}";

    private static string Edge(string from, string to, string? id, IEnumerable<string> classes, IEnumerable<string> styles, string? interpolate, string? animate, string? animation) =>
        $"edge {from}->{to} id {id} classes [{string.Join("|", classes)}] styles [{string.Join("|", styles)}] interpolate {interpolate} animate {animate?.ToLowerInvariant()} animation {animation}";

    private static string Subgraph(string id, IEnumerable<string> classes) => $"subgraph {id} classes [{string.Join("|", classes)}]";

    private static string ClassDef(string name, IEnumerable<string> styles) => $"classDef {name} [{string.Join("|", styles)}]";

    private static IEnumerable<string> Strings(JsonNode? array) => array is JsonArray items ? items.Select(i => (string)i!) : [];

    /// <summary>Mermaid hands URLs through a sanitiser that writes them in their normal form ("https://a" → "https://a/").</summary>
    private static string? Link(string? url) => url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : url;
}
