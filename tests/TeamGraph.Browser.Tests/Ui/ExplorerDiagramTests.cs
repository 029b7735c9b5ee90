using System.Buffers.Binary;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TeamGraph.Browser.Tests.Ui;

/// <summary>The explorer's diagram on seed: its starting size, pan and zoom, status colours, legend, counts and export.</summary>
public sealed partial class ExplorerDiagramTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string DevOpsDepth1 = "explorer?role=DO&depth=1";
    private static readonly LocatorAssertionsToContainTextOptions Wait = new() { Timeout = 30_000 };

    [Fact]
    public async Task Neighbourhood_OfDevOpsAtDepth1_StartsWithItsTextAtLeast10PixelsTall()
    {
        await using var session = await chromium.OpenAsync();
        var page = session.Page;

        await OpenDrawnAsync(page, DevOpsDepth1);

        // The issue's case: a drawing about 2,500 px wide in a viewport of about 800 px, once shrunk to 7 px text.
        var drawingWidth = await page.EvaluateAsync<double>("() => document.querySelector('#diagram svg g.zoom-layer').getBBox().width");
        var viewportWidth = await page.EvaluateAsync<double>("() => document.querySelector('#diagram').clientWidth");
        Assert.True(drawingWidth > 2 * viewportWidth, $"The drawing ({drawingWidth} px) is meant to be much wider than the viewport ({viewportWidth} px).");
        var heights = await page.EvaluateAsync<double[]>(TextHeightsScript);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"drawing {drawingWidth:0} px wide in a {viewportWidth:0} px viewport; label text {heights.Min():0.0}–{heights.Max():0.0} px tall over {heights.Length} labels");
        Assert.True(heights.Length >= 6, $"{heights.Length} labels measured");
        Assert.True(heights.Min() >= 10, $"The smallest label text is {heights.Min():0.0} px tall: {string.Join(", ", heights.Select(h => h.ToString("0.0", CultureInfo.InvariantCulture)))}");
        Assert.True(session.Errors.Length == 0, session.Errors);
    }

    [Fact]
    public async Task Wheel_Drag_ButtonsAndKeys_ChangeTheDiagramsTransform()
    {
        await using var session = await chromium.OpenAsync();
        var page = session.Page;
        await OpenDrawnAsync(page, DevOpsDepth1);
        var layer = page.Locator("#diagram svg g.zoom-layer");
        var start = await TransformAsync(layer);

        var box = (await page.Locator("#diagram").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        await page.Mouse.WheelAsync(0, -400);
        await Expect(layer).Not.ToHaveAttributeAsync("transform", start.Text);
        var wheeled = await TransformAsync(layer);
        Assert.True(wheeled.Scale > start.Scale, $"wheel up: {start.Text} -> {wheeled.Text}");

        // A drag that starts on the background, in the padding above the drawing.
        await page.Mouse.MoveAsync(box.X + 6, box.Y + 6);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + 126, box.Y + 46, new() { Steps = 6 });
        await page.Mouse.UpAsync();
        await Expect(layer).Not.ToHaveAttributeAsync("transform", wheeled.Text);
        var dragged = await TransformAsync(layer);
        Assert.Equal(wheeled.Scale, dragged.Scale, 6);
        Assert.Equal(120, dragged.X - wheeled.X, 1);
        Assert.Equal(40, dragged.Y - wheeled.Y, 1);

        await page.GetByRole(AriaRole.Button, new() { Name = "Reset view" }).ClickAsync();
        await Expect(layer).ToHaveAttributeAsync("transform", start.Text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoom in" }).ClickAsync();
        Assert.Equal(start.Scale * 1.25, (await TransformAsync(layer)).Scale, 6);
        await Expect(page.Locator("#zoom-level")).ToHaveTextAsync($"{Math.Round(start.Scale * 125)}%");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoom out" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoom out" }).ClickAsync();
        Assert.Equal(start.Scale / 1.25, (await TransformAsync(layer)).Scale, 6);

        await page.Locator("#diagram").FocusAsync();
        await page.Keyboard.PressAsync("0");
        await Expect(layer).ToHaveAttributeAsync("transform", start.Text);
        await page.Keyboard.PressAsync("+");
        Assert.Equal(start.Scale * 1.25, (await TransformAsync(layer)).Scale, 6);
        await page.Keyboard.PressAsync("-");
        await page.Keyboard.PressAsync("-");
        Assert.Equal(start.Scale / 1.25, (await TransformAsync(layer)).Scale, 6);
        var beforePan = await TransformAsync(layer);
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal(beforePan.X + 60, (await TransformAsync(layer)).X, 1);
        Assert.True(session.Errors.Length == 0, session.Errors);
    }

    [Fact]
    public async Task Neighbourhood_OfDevOpsAtDepth1_DrawsTheApisDiagram_ItsEdgesNodesWarningsAndLegend()
    {
        await using var session = await chromium.OpenAsync();
        var page = session.Page;
        var expected = await ExpectedDiagramAsync(chromium, """scope: { role: "DO", depth: 1 }""");
        Assert.True(expected.FlaggedEdges > 0, "seed's DevOps neighbourhood is meant to have one-sided or conflicting handoffs");
        Assert.True(expected.FlaggedEdges < expected.Edges, "and handoffs the cards agree on");

        await OpenDrawnAsync(page, DevOpsDepth1);

        await Expect(page.Locator("#status")).ToContainTextAsync(
            $"{expected.Edges} handoff edges around DevOps Engineer (depth 1), {expected.Nodes} actors", Wait);
        var drawn = await DrawnAsync(page);
        Assert.Equal(expected.Edges, drawn.Edges.Length);
        Assert.Equal(expected.NodeKeys, drawn.NodeKeys);
        Assert.Equal(expected.ClusterKeys, drawn.ClusterKeys);
        Assert.True(expected.FlaggedEdges == drawn.Edges.Count(IsRedDashed), $"{expected.FlaggedEdges} warning edges expected, drawn: {string.Join("; ", drawn.Edges)}");
        Assert.True(drawn.Edges.Length - expected.FlaggedEdges == drawn.Edges.Count(s => s.StartsWith("rgb(55, 71, 79) ", StringComparison.Ordinal)), string.Join("; ", drawn.Edges));
        await Expect(page.Locator("#diagram svg .edgeLabel").Filter(new() { HasTextRegex = OneSidedOrConflicting() }).First).ToBeVisibleAsync();

        // The legend is the API's, inside the diagram: a box of sample edges, one per line style drawn.
        await Expect(page.Locator("#diagram svg g.cluster[id$='-legend']")).ToContainTextAsync("Legend");
        await Expect(page.Locator("#diagram svg g.edgeLabel").Filter(new() { HasText = "one-sided or conflicting handoff" })).ToHaveCountAsync(1);
        Assert.Equal(2, drawn.LegendEdges);
        // PM's neighbourhood has an outside party (Stakeholders): drawn in the API's class for it.
        await page.GotoAsync("explorer?role=PM&depth=1");
        var external = page.Locator("#diagram svg g.node").Filter(new() { HasText = "Stakeholders" }).Locator("path, rect").First;
        await Expect(external).ToBeAttachedAsync(new() { Timeout = 30_000 });
        Assert.Equal("rgb(236, 239, 241)", await external.EvaluateAsync<string>("e => getComputedStyle(e).fill"));
        Assert.True(session.Errors.Length == 0, session.Errors);
    }

    [Fact]
    public async Task Export_GivesAStandaloneSvgWithTheLabels_AndAPngTwiceItsSize()
    {
        await using var session = await chromium.OpenAsync();
        var page = session.Page;
        await OpenDrawnAsync(page, DevOpsDepth1);

        var svgDownload = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download SVG" }).ClickAsync());
        var pngDownload = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download PNG" }).ClickAsync());

        Assert.Equal("teamgraph-neighbourhood-DO-1.svg", svgDownload.SuggestedFilename);
        var svg = XDocument.Load(await svgDownload.PathAsync());
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        Assert.Empty(svg.Descendants(ns + "foreignObject"));
        Assert.NotEmpty(svg.Descendants(ns + "style"));
        var text = string.Join(" ", svg.Descendants(ns + "text").Select(t => t.Value));
        foreach (var name in new[] { "DevOps Engineer", "Backend Developer", "Frontend Developer", "QA Engineer", "Tech Lead", "Project Manager" })
        {
            Assert.Contains(name, text, StringComparison.Ordinal);
        }

        var svgWidth = int.Parse(svg.Root.Attribute("width")!.Value, CultureInfo.InvariantCulture);
        var svgHeight = int.Parse(svg.Root.Attribute("height")!.Value, CultureInfo.InvariantCulture);
        Assert.True(svgWidth > 1000 && svgHeight > 100, $"{svgWidth} × {svgHeight}");

        Assert.Equal("teamgraph-neighbourhood-DO-1.png", pngDownload.SuggestedFilename);
        var png = await File.ReadAllBytesAsync(await pngDownload.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal((2 * svgWidth, 2 * svgHeight), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        // Drawn, not blank: a white image of that size compresses to a few kilobytes.
        Assert.True(png.Length > 20_000, $"{png.Length} bytes");
        // The diagram on the page keeps its HTML labels.
        await Expect(page.Locator("#diagram svg foreignObject").First).ToBeAttachedAsync();
        Assert.True(session.Errors.Length == 0, session.Errors);
    }

    internal static async Task OpenDrawnAsync(IPage page, string link)
    {
        await page.GotoAsync(link);
        await Expect(page.Locator("#diagram svg g.zoom-layer g.node").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    // The height on screen of each piece of label text (nodes and edges), from the first line box of its text.
    private const string TextHeightsScript = """
        () => [...document.querySelectorAll('#diagram svg foreignObject')].flatMap(label => {
          const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
          const texts = [];
          while (walker.nextNode()) { if (walker.currentNode.textContent.trim()) texts.push(walker.currentNode); }
          return texts;
        }).map(text => { const range = document.createRange(); range.selectNodeContents(text); return range.getClientRects()[0]?.height ?? 0; })
        """;

    private static async Task<(string Text, double X, double Y, double Scale)> TransformAsync(ILocator layer)
    {
        var text = await layer.GetAttributeAsync("transform") ?? "";
        var match = TransformPattern().Match(text);
        Assert.True(match.Success, text);
        double Number(int group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
        return (text, Number(1), Number(2), Number(3));
    }

    internal static bool IsRedDashed(string stroke) => stroke.StartsWith("rgb(211, 47, 47) 6px, 4px", StringComparison.Ordinal);

    // What the API's `diagram` answer with these arguments draws: its counts, the keys of its nodes and group boxes,
    // and its one-sided or conflicting handoff edges (those whose label the API marks with ⚠ and the status).
    internal static async Task<(int Edges, int Nodes, string[] NodeKeys, string[] ClusterKeys, int FlaggedEdges)> ExpectedDiagramAsync(
        ChromiumFixture chromium, string arguments)
    {
        var data = await chromium.QueryAsync($$"""{ diagram({{arguments}}) { text nodeCount edgeCount nodes { key cluster } } }""");
        var diagram = data.GetProperty("diagram");
        var nodes = diagram.GetProperty("nodes").EnumerateArray().ToList();
        string[] Keys(bool cluster) => [.. nodes.Where(n => n.GetProperty("cluster").GetBoolean() == cluster).Select(n => n.GetProperty("key").GetString()!).Order(StringComparer.Ordinal)];
        var flagged = diagram.GetProperty("text").GetString()!.Split('\n')
            .Count(line => FlaggedEdgeLine().IsMatch(line) && !line.TrimStart().StartsWith("legend_", StringComparison.Ordinal));
        return (diagram.GetProperty("edgeCount").GetInt32(), diagram.GetProperty("nodeCount").GetInt32(), Keys(false), Keys(true), flagged);
    }

    // What the page drew: the stroke and dash of each edge (the legend's sample edges apart, counted on their own),
    // and the keys of its nodes and group boxes, from the ids mermaid gives their shapes.
    internal static async Task<(string[] Edges, int LegendEdges, string[] NodeKeys, string[] ClusterKeys)> DrawnAsync(IPage page)
    {
        var drawn = await page.EvaluateAsync<System.Text.Json.JsonElement>(
            """
            () => {
              const links = [...document.querySelectorAll('#diagram svg path.flowchart-link')];
              const legend = (p) => /-L_legend_\d+_a_legend_\d+_b_\d+$/.test(p.id);
              return {
                edges: links.filter((p) => !legend(p)).map((p) => getComputedStyle(p).stroke + ' ' + getComputedStyle(p).strokeDasharray),
                legendEdges: links.filter(legend).length,
                nodes: [...document.querySelectorAll('#diagram svg g.node')].map((n) => /-flowchart-(.+)-\d+$/.exec(n.id)[1]).filter((k) => !k.startsWith('legend_')),
                clusters: [...document.querySelectorAll('#diagram svg g.cluster')].map((c) => /^explorer-diagram-\d+-(.+)$/.exec(c.id)[1]).filter((k) => k !== 'legend'),
              };
            }
            """);
        string[] Strings(string name) => [.. drawn.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
        return (Strings("edges"), drawn.GetProperty("legendEdges").GetInt32(), [.. Strings("nodes").Order(StringComparer.Ordinal)], [.. Strings("clusters").Order(StringComparer.Ordinal)]);
    }

    [GeneratedRegex(@"translate\(([-\d.e]+),\s*([-\d.e]+)\)\s*scale\(([-\d.e]+)\)")]
    private static partial Regex TransformPattern();

    [GeneratedRegex(@"⚠ .*\((one-sided|conflicting)\)")]
    private static partial Regex OneSidedOrConflicting();

    [GeneratedRegex(@"-->\|""⚠ .*\((one-sided|conflicting)\)""\|")]
    private static partial Regex FlaggedEdgeLine();
}
