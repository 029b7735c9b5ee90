using System.Text.Json.Nodes;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Mermaid;

namespace TeamGraph.Core.Tests.Ingestion.Mermaid;

public class MermaidFlowchartParserTests
{
    private readonly MermaidFlowchartParser _parser = new();

    public static TheoryData<string> Flowcharts() => FilesIn(TestPaths.Data("mermaid"));

    public static TheoryData<string> Errors() => FilesIn(TestPaths.Data("mermaid", "errors"));

    [Theory]
    [MemberData(nameof(Flowcharts))]
    public void Parse_Flowchart_MatchesTheExpectedJsonNextToIt(string name)
    {
        var path = TestPaths.Data("mermaid", name);
        var diagnostics = new List<Diagnostic>();

        var chart = _parser.Parse(new MermaidBlock(File.ReadAllText(path), 1, name), diagnostics);

        Assert.Empty(diagnostics);
        MermaidFlowchartJson.AssertMatches(Path.ChangeExtension(path, ".json"), chart);
    }

    [Theory]
    [MemberData(nameof(Errors))]
    public void Parse_BrokenFlowchart_ReportsOneErrorWithItsLineAndColumnAndReturnsNull(string name)
    {
        var path = TestPaths.Data("mermaid", "errors", name);
        var expected = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(path, ".json")))!;
        var diagnostics = new List<Diagnostic>();

        var chart = _parser.Parse(new MermaidBlock(File.ReadAllText(path), 1, name), diagnostics);

        Assert.Null(chart);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((string?)expected["severity"], diagnostic.Severity.ToString());
        Assert.Equal((string?)expected["code"], diagnostic.Code);
        Assert.Equal(name, diagnostic.Path);
        Assert.Equal(((int?)expected["line"], (int?)expected["column"]), (diagnostic.Line, diagnostic.Column));
        Assert.Equal((string?)expected["message"], diagnostic.Message);
    }

    [Fact]
    public void Parse_BlockInsideAFile_ReportsFileLinesAndOneBasedColumns()
    {
        var diagnostics = new List<Diagnostic>();

        var chart = _parser.Parse(new MermaidBlock("graph LR\n   A --> B\n", 11, "roles/qa.md"), diagnostics);
        var broken = _parser.Parse(new MermaidBlock("graph LR\n   A -->\n", 11, "roles/qa.md"), diagnostics);

        var edge = Assert.Single(chart!.Edges);
        Assert.Equal((new SourceRef("roles/qa.md", 12), 6), (edge.Source, edge.Column));
        Assert.Equal((new SourceRef("roles/qa.md", 12), 4), (chart.Nodes[0].Source, chart.Nodes[0].Column));
        Assert.Null(broken);
        var error = Assert.Single(diagnostics);
        Assert.Equal("roles/qa.md:12:9", error.Location);
        Assert.Equal("expected a node id after '-->', found the end of the line at line 12, column 9", error.Message);
    }

    [Fact]
    public void Parse_CrlfLineEndings_GiveTheSameLinesAndColumnsAsLf()
    {
        const string Code = "graph LR\n    A[Tech Lead] -->|asks| B\n  subgraph s\n    B\n  end\n";
        var lf = _parser.Parse(new MermaidBlock(Code, 5, "a.md"), []);
        var crlf = _parser.Parse(new MermaidBlock(Code.Replace("\n", "\r\n", StringComparison.Ordinal), 5, "a.md"), []);

        Assert.Equal(MermaidFlowchartJson.ToJson(lf!).ToJsonString(), MermaidFlowchartJson.ToJson(crlf!).ToJsonString());
    }

    [Fact]
    public void Parse_NoBreakSpacesAndByteOrderMark_CountAsBlanks()
    {
        var diagnostics = new List<Diagnostic>();

        var chart = _parser.Parse(new MermaidBlock("\uFEFFgraph\u00A0LR\n\u00A0\u00A0A\u00A0-->\u00A0B", 1, "a.md"), diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(("LR", "A", "B", 5), (chart!.Direction, chart.Edges[0].From, chart.Edges[0].To, chart.Edges[0].Column));
    }

    [Theory]
    [InlineData("graph LR\n    A <-- text --o B", MermaidArrowHead.Arrow, MermaidArrowHead.Circle)]
    [InlineData("graph LR\n    A <== text === B", MermaidArrowHead.Arrow, MermaidArrowHead.None)]
    [InlineData("graph LR\n    A == text o==> B", MermaidArrowHead.None, MermaidArrowHead.Arrow)]
    public void Parse_LabelledLinkWhoseEndsDisagree_KeepsAnInvalidEdgeAndWarns(string code, MermaidArrowHead start, MermaidArrowHead end)
    {
        var diagnostics = new List<Diagnostic>();

        var chart = _parser.Parse(new MermaidBlock(code, 1, "a.md"), diagnostics);

        var edge = Assert.Single(chart!.Edges);
        Assert.Equal(("A", "B", "text", MermaidStroke.Invalid, start, end, 1), (edge.From, edge.To, edge.Label, edge.Stroke, edge.StartHead, edge.EndHead, edge.Length));
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, MermaidDiagnosticCodes.InvalidLink, 2), (warning.Severity, warning.Code, warning.Line));
    }

    [Fact]
    public void Parse_AccessibilityAndEmptyStatementsInASubgraph_AreNonNodeMembersAsMermaidListsThem()
    {
        var chart = _parser.Parse(new MermaidBlock("graph LR\n  subgraph one\n    accTitle: Team\n    A --> B\n    ;\n  end", 1, "a.md"), []);

        var subgraph = Assert.Single(chart!.Subgraphs);
        Assert.Equal(["A", "B"], subgraph.NodeIds);
        Assert.Equal(["Team", ";"], subgraph.NonNodeMembers);
        Assert.Equal(["A", "B"], chart.Nodes.Select(n => n.Id));
        Assert.Equal("Team", chart.AccessibleTitle);
    }

    [Theory]
    [InlineData("sequenceDiagram\n    Alice->>Bob: Hi", "sequenceDiagram", 1, 1)]
    [InlineData("%% map\n\n  pie title Pets\n  \"Dogs\" : 3", "pie", 3, 3)]
    [InlineData("classDiagram\n  A <|-- B", "classDiagram", 1, 1)]
    public void Parse_OtherDiagramKinds_WarnNotFlowchartAndReturnNull(string code, string kind, int line, int column)
    {
        var diagnostics = new List<Diagnostic>();

        var chart = _parser.Parse(new MermaidBlock(code, 1, "a.md"), diagnostics);

        Assert.Null(chart);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, MermaidDiagnosticCodes.NotFlowchart), (warning.Severity, warning.Code));
        Assert.Equal((line, column), (warning.Line, warning.Column));
        Assert.Contains($"'{kind}'", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n%% only a comment\n\n")]
    public void Parse_EmptyBlock_WarnsNotFlowchart(string code)
    {
        var diagnostics = new List<Diagnostic>();

        Assert.Null(_parser.Parse(new MermaidBlock(code, 1, "a.md"), diagnostics));
        Assert.Equal(MermaidDiagnosticCodes.NotFlowchart, Assert.Single(diagnostics).Code);
    }

    private static TheoryData<string> FilesIn(string folder) =>
        [.. Directory.GetFiles(folder, "*.mmd").Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];
}
