using TeamGraph.Core.Diagrams;

namespace TeamGraph.Core.Tests.Diagrams;

/// <summary>
/// Every catalogued PlantUML diagram through <c>plantuml</c> (Debian's package): <c>-checkonly</c> must pass, and
/// rendering must not fail either (an old PlantUML passes the check yet crashes drawing a label with <c>&amp;#92;</c>,
/// drawing an error image and still exiting 0). Skipped when PlantUML is absent.
/// </summary>
public sealed class PlantUmlDiagramWriterToolTests : IDisposable
{
    private const string InstallHint = "apt-get install plantuml";
    private readonly string _folder = Directory.CreateTempSubdirectory("teamgraph-plantuml-").FullName;

    [Fact]
    public void Generate_EveryCataloguedDiagram_PassesPlantUmlCheckAndRenders()
    {
        var diagrams = DiagramCatalogue.Diagrams(DiagramFormat.PlantUml).ToList();
        var paths = DiagramFiles.WriteAll(_folder, diagrams);

        var check = ExternalTool.Run("plantuml", InstallHint, ["-checkonly", .. paths]);
        Assert.True(check.ExitCode == 0, check.ToString());

        var render = ExternalTool.Run("plantuml", InstallHint, ["-tsvg", "-nbthread", "2", .. paths]);
        Assert.True(render.ExitCode == 0, render.ToString());
        var failures = paths.Select(p => Path.ChangeExtension(p, ".svg"))
            .Where(svg => !File.Exists(svg) || File.ReadAllText(svg).Contains("An error has occured", StringComparison.Ordinal)
                || File.ReadAllText(svg).Contains("Syntax Error", StringComparison.Ordinal))
            .Select(Path.GetFileName);
        Assert.Empty(failures);
    }

    [Fact]
    public void PlantUml_BrokenDiagram_FailsTheCheck()
    {
        var path = Path.Combine(_folder, "broken.puml");
        File.WriteAllText(path, "@startuml\nrectangle \"a\" as a\na -[#D32F2F,dashed]-> : oops\nfoo bar baz ->\n@enduml\n");

        var check = ExternalTool.Run("plantuml", InstallHint, "-checkonly", path);

        Assert.NotEqual(0, check.ExitCode);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
