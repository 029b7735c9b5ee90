using System.Text;
using System.Text.Json;
using CsCheck;
using TeamGraph.Core.Diagrams;
using TeamGraph.Testing.Fuzzing;

namespace TeamGraph.Core.Tests.Fuzzing;

/// <summary>
/// Every diagram drawn from generated folders parses in the reference implementations: mermaid 11's own parser
/// (<c>mermaid-flow.mjs --jsonl</c>, one node process for all of them; needs <c>TEAMGRAPH_CHECKS_DIR</c>), Graphviz's
/// <c>dot</c> and <c>plantuml -checkonly</c> (each once over a folder of files; skipped when not installed). The
/// diagrams are gathered first and checked in one batch, so a failure reports the diagram and the folder it came from
/// (saved under the temp folder) rather than a CsCheck-shrunk sample.
/// </summary>
public sealed class DiagramSyntaxPropertyTests : IDisposable
{
    /// <summary>A fifth of the folders of the other properties: each folder gives about forty diagrams.</summary>
    private static readonly long Folders = Math.Max(20, FuzzSettings.Folders / 5);
    private readonly string _folder = Directory.CreateTempSubdirectory("teamgraph-fuzz-diagrams-").FullName;

    [Fact]
    public void GeneratedFolders_EveryMermaidDiagramParsesInMermaid()
    {
        var script = ReferenceChecks.Script("mermaid-flow.mjs");
        var diagrams = Diagrams(DiagramFormat.Mermaid);
        var input = Path.Combine(_folder, "charts.jsonl");
        File.WriteAllLines(input, diagrams.Select((d, i) => JsonSerializer.Serialize(new { id = i, text = d.Diagram.Result.Text })));

        var outcome = ExternalTool.Run("bash", "install bash", "-c", $"node \"{script}\" --jsonl --decode-html < \"{input}\"");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var failures = new List<string>();
        foreach (var line in outcome.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var (folder, diagram) = diagrams[json.RootElement.GetProperty("id").GetInt32()];
            if (Problem(json.RootElement, diagram.Result) is { } problem)
            {
                failures.Add($"{diagram.Name} of the folder saved at {Save(folder)}: {problem}\n{diagram.Result.Text}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {diagrams.Count} diagrams:\n\n" + string.Join("\n\n", failures.Take(5)));
    }

    [Fact]
    public void GeneratedFolders_EveryDotDiagramRendersInGraphviz()
    {
        var diagrams = Diagrams(DiagramFormat.Dot);
        var paths = Write(diagrams, "dot");

        // One dot process for every file: -O writes each file's SVG beside it; a problem names the file on stderr.
        var outcome = ExternalTool.Run("dot", "apt-get install graphviz", ["-Tsvg", "-O", .. paths]);

        if (outcome.ExitCode != 0 || outcome.Stderr.Length > 0)
        {
            Assert.Fail($"{outcome}\n\n{Named(diagrams, outcome, "dot")}");
        }
    }

    [Fact]
    public void GeneratedFolders_EveryPlantUmlDiagramPassesPlantUmlCheck()
    {
        var diagrams = Diagrams(DiagramFormat.PlantUml);
        var paths = Write(diagrams, "puml");

        var check = ExternalTool.Run("plantuml", "apt-get install plantuml", ["-checkonly", .. paths]);

        if (check.ExitCode != 0)
        {
            Assert.Fail($"{check}\n\n{Named(diagrams, check, "puml")}");
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The diagrams of <paramref name="format"/> drawn from a fixed number of generated folders (seeded by CsCheck).</summary>
    private static List<(GeneratedFolder Folder, GeneratedDiagram Diagram)> Diagrams(DiagramFormat format)
    {
        var diagrams = new List<(GeneratedFolder, GeneratedDiagram)>();
        FuzzSettings.Sample(FolderGen.Folder, (folder, root) =>
        {
            foreach (var diagram in PipelineRun.Run(root).Diagrams.Where(d => d.Request.Format == format))
            {
                diagrams.Add((folder, diagram));
            }
        }, Folders);
        return diagrams;
    }

    private List<string> Write(List<(GeneratedFolder Folder, GeneratedDiagram Diagram)> diagrams, string extension) =>
        [.. diagrams.Select((d, i) =>
        {
            var path = Path.Combine(_folder, $"d{i}.{extension}");
            File.WriteAllText(path, d.Diagram.Result.Text);
            return path;
        })];

    /// <summary>The diagrams whose file names the tool printed (the first five), with the folders they came from.</summary>
    private static string Named(List<(GeneratedFolder Folder, GeneratedDiagram Diagram)> diagrams, ExternalTool.Outcome outcome, string extension) =>
        string.Join("\n\n", diagrams
            .Where((_, i) => (outcome.Stdout + outcome.Stderr).Contains($"d{i}.{extension}", StringComparison.Ordinal))
            .Take(5).Select(d => $"{d.Diagram.Name} of the folder saved at {Save(d.Folder)}\n{d.Diagram.Result.Text}"));

    private static string Save(GeneratedFolder folder)
    {
        var directory = Path.Combine(Path.GetTempPath(), "teamgraph-fuzz-failures", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(folder.ToString())))[..12]);
        if (!Directory.Exists(directory))
        {
            FailureMinimiser.Save(folder, directory, $"A diagram of this folder does not parse (see the test output of {nameof(DiagramSyntaxPropertyTests)}).");
        }

        return directory;
    }

    /// <summary>The legend's subgraph and sample nodes (ids starting <c>legend</c>, which no actor key does).</summary>
    private static bool IsLegend(string? id) => id is not null && id.StartsWith("legend", StringComparison.Ordinal);

    /// <summary>
    /// What mermaid read differs from the result: a parse error, or other counts. A group drawn as a subgraph counts
    /// once, though mermaid also lists it as a vertex when an edge ends at it (as in MermaidDiagramWriterToolTests);
    /// the legend is left out.
    /// </summary>
    private static string? Problem(JsonElement parse, DiagramResult result)
    {
        if (parse.TryGetProperty("error", out var error))
        {
            return $"mermaid: {error.GetString()}";
        }

        var subgraphs = parse.GetProperty("subgraphs").EnumerateArray().Select(s => s.GetProperty("id").GetString()).Where(id => !IsLegend(id)).ToHashSet();
        var vertices = parse.GetProperty("vertices").EnumerateArray()
            .Count(v => !subgraphs.Contains(v.GetProperty("id").GetString()) && !IsLegend(v.GetProperty("id").GetString()));
        var edges = parse.GetProperty("edges").EnumerateArray().Count(e => !IsLegend(e.GetProperty("start").GetString()));
        return vertices + subgraphs.Count == result.NodeCount && edges == result.EdgeCount
            ? null
            : $"mermaid read {vertices} vertices + {subgraphs.Count} subgraphs, {edges} edges; the result says {result.NodeCount} nodes, {result.EdgeCount} edges";
    }
}
