using CsCheck;

namespace TeamGraph.Core.Tests.Ingestion.Mermaid.Differential;

/// <summary>
/// Random flowcharts from mermaid's grammar: a header with a direction (also the <c>&gt;</c> / <c>v</c> shorthand), then
/// statements (nodes in every classic shape, the rectangle with a property and v11 <c>@{ shape: ..., label: ... }</c>
/// blocks, ids with punctuation, chains of links of every stroke, head and length with and without text or an edge id,
/// links broken over lines, <c>&amp;</c>, subgraphs in their forms, comments and directives, styling, click, edge data
/// and accessibility), and broken ones made from them by deleting, inserting or cutting at a random place.
/// <see cref="Chart"/> gives both, marked.
/// </summary>
internal static class MermaidFlowchartGen
{
    private static readonly (string Open, string Close)[] Shapes =
    [
        ("[", "]"), ("(", ")"), ("([", "])"), ("[[", "]]"), ("[(", ")]"), ("((", "))"), (">", "]"), ("{", "}"), ("{{", "}}"),
        ("[/", "/]"), ("[\\", "\\]"), ("[/", "\\]"), ("[\\", "/]"), ("(((", ")))"), ("(-", "-)"), ("[\"", "\"]"), ("[|borders:lt|", "]"),
    ];

    private static readonly Gen<string> Id = Gen.OneOf("A", "B", "C", "D", "n1", "node_2", "x", "o", "end1", "Ä", "a-b", "Default", "A#1", "default/node", "endpoint", "a.b", "it's");

    private static readonly Gen<string> Text = Gen.OneOf("text", "Go", "a b", "ok?", "1 &amp; 2", "#quot;q#quot;", "Line<br>two", "é ü", "x-y", "`**md**`");

    private static readonly Gen<string> Node = Gen.Frequency(
        (4, Id),
        (5, Gen.Select(Id, Gen.Int[0, Shapes.Length - 1], Text, (id, shape, text) => $"{id}{Shapes[shape].Open}{text}{Shapes[shape].Close}")),
        (1, Gen.Select(Id, Gen.OneOf("rect", "rounded", "diam", "cyl", "hex", "lean-r", "doc", "fork", "odd"), (id, shape) => $"{id}@{{ shape: {shape} }}")),
        (1, Gen.Select(Id, Gen.OneOf("stadium", "subproc", "dbl-circ", "trap-t", "notch-rect", "hourglass", "bolt", "tag-doc", "das", "text"), Text, (id, shape, text) => $"{id}@{{ shape: {shape}, label: \"{text}\" }}")),
        (1, Gen.Select(Id, Gen.OneOf("cls", "warn"), (id, cls) => $"{id}:::{cls}")));

    private static readonly Gen<string> Arrow = Gen.OneOf(
        "-->", "---", "-.->", "-.-", "==>", "===", "~~~", "--o", "--x", "<-->", "o--o", "x--x", "<-.->", "<==>", "--->", "---->", "-..->", "===>", "----");

    private static readonly Gen<string> Link = Gen.Frequency(
        (5, Arrow.Select(arrow => $" {arrow} ")),
        (2, Gen.Select(Arrow, Text, (arrow, text) => $" {arrow}|{text}| ")),
        (1, Text.Select(text => $" -- {text} --> ")),
        (1, Text.Select(text => $" -. {text} .-> ")),
        (1, Gen.Select(Gen.OneOf("e1", "e2", "edge3"), Arrow, (id, arrow) => $" {id}@{arrow} ")),
        (1, Arrow.Select(arrow => $" {arrow}\n  ")));

    private static readonly Gen<string> Group = Gen.Frequency((4, Node), (1, Gen.Select(Node, Node, (a, b) => $"{a} & {b}")));

    private static readonly Gen<string> Chain = Gen.Select(Group, Gen.Select(Link, Group, (link, group) => link + group).Array[0, 3], (first, rest) => first + string.Concat(rest));

    private static readonly Gen<string> Statement = Gen.Frequency(
        (10, Chain),
        (1, Text.Select(text => $"%% {text}")),
        (1, Id.Select(id => $"style {id} fill:#f9f,stroke:#333")),
        (1, Gen.Const("classDef cls fill:#f96")),
        (1, Id.Select(id => $"class {id} cls")),
        (1, Id.Select(id => $"click {id} \"https://example.com\" \"tip\"")),
        (1, Gen.Const("linkStyle 0 stroke:red")),
        (1, Gen.OneOf("e1@{ animate: true }", "e2@{ curve: linear }")),
        (1, Gen.OneOf("accTitle: Big decisions", "accDescr: who hands what to whom", "accDescr {\n  several\n  lines\n}", "%%{init: {\"theme\": \"dark\"}}%%")));

    private static readonly Gen<string> Subgraph = Gen.Select(
        Gen.OneOf("subgraph s1", "subgraph s2 [Title]", "subgraph s3[\"Quoted title\"]", "subgraph \"Only a title\"", "subgraph one two"),
        Gen.OneOf("", "direction LR\n"),
        Statement.Array[0, 3],
        (opening, direction, body) => $"{opening}\n{direction}{string.Join("\n", body)}\nend");

    private static readonly Gen<string> Valid = Gen.Select(
        Gen.OneOf("flowchart", "graph"),
        Gen.OneOf(" TD", " TB", " LR", " RL", " BT", "", " >", " v"),
        Gen.Frequency((6, Statement), (1, Subgraph)).Array[1, 6],
        Gen.OneOf("\n", ";\n", "\n\n"),
        (header, direction, statements, separator) => $"{header}{direction}\n{string.Join(separator, statements)}");

    private static readonly Gen<string> Broken = Gen.Select(
        Valid,
        Gen.Int[0, 2],
        Gen.Double.Unit,
        Gen.OneOf("[", "]", "(", ")", "{", "}", "|", ">", "-", "\"", "&", "%%", ";", ":", "@", "end", "\n"),
        (text, mutation, where, insert) =>
        {
            var at = (int)(where * text.Length);
            return mutation switch
            {
                0 => text.Remove(at, Math.Min(1, text.Length - at)),
                1 => text.Insert(at, insert),
                _ => text[..at],
            };
        });

    /// <summary>A flowchart and whether it was broken on purpose (mermaid may still accept it).</summary>
    public static readonly Gen<(string Text, bool Broken)> Chart = Gen.Frequency(
        (3, Valid.Select(text => (text, false))),
        (1, Broken.Select(text => (text, true))));
}
