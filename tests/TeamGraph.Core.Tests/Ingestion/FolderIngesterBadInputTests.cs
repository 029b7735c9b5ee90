using System.Text;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Ingestion.Building;

namespace TeamGraph.Core.Tests.Ingestion;

/// <summary>A folder where most cards are broken in one way each: every problem is named, the good cards still load.</summary>
public class FolderIngesterBadInputTests
{
    private static readonly Lazy<IngestionResult> Result = new(() => new FolderIngester().Ingest(TestPaths.Data("bad-input")));

    private static IReadOnlyList<Diagnostic> Diagnostics => Result.Value.Diagnostics;

    private static Diagnostic Single(string path, string code) =>
        Assert.Single(Diagnostics, d => d.Path == path && d.Code == code);

    [Theory]
    [InlineData("roles/binary.md", "binary-content", "binary")]
    [InlineData("roles/logo.md", "binary-content", "PNG image")]
    public void Ingest_BinaryFileNamedMd_IsRefusedByName(string path, string code, string words)
    {
        var error = Single(path, code);

        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_EmptyFile_IsOneWarning() =>
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(Diagnostics, d => d.Path == "roles/empty.md").Severity);

    [Fact]
    public void Ingest_ListNested2000Deep_IsAnErrorOnItsLineAndTheRestOfTheCardLoads()
    {
        Assert.Equal(11, Single("roles/deep-list.md", "nesting-too-deep").Line);
        Assert.True((bool)Result.Value.Graph.FindNode("role:DEEP")!.Properties["documented"]);
    }

    [Fact]
    public void Ingest_RaggedRowsAndUnclosedFence_AreWarningsWithLines()
    {
        Assert.Equal([14, 15], Diagnostics.Where(d => d.Path == "roles/ragged.md" && d.Code == "ragged-table-row").Select(d => d.Line));
        Assert.Equal(21, Single("roles/ragged.md", "unclosed-code-fence").Line);
        Assert.Equal(2, Result.Value.Graph.Relationships.Count(r => r.StartId == "role:SUP" && r.Type == RelationshipTypes.HasSkill));
    }

    [Fact]
    public void Ingest_BrokenMermaid_IsAnErrorWithLineAndColumnAndTheCardsTablesStillLoad()
    {
        var error = Single("roles/ops.md", "mermaid-syntax-error");

        Assert.Equal((31, 11), (error.Line, error.Column));
        Assert.Equal(4, Result.Value.Graph.Relationships.Count(r => r.StartId == "doc:roles/ops.md" && r.Type == RelationshipTypes.Declares));
    }

    [Fact]
    public void Ingest_TwoCardsClaimingOneCode_NamesBothFilesAndKeepsTheFirst()
    {
        var error = Single("roles/z-ops-copy.md", "duplicate-role-code");

        Assert.Equal(8, error.Line);
        Assert.Contains("roles/ops.md", error.Message, StringComparison.Ordinal);
        Assert.Equal("Ops Engineer", Result.Value.Graph.FindNode("role:OPS")!.Properties["name"]);
    }

    [Fact]
    public void Ingest_NamesThatResolveToNothing_AreWarningsCitingTheRow()
    {
        Assert.Equal(17, Single("roles/good.md", "unresolved-name").Line);
        Assert.Equal(18, Single("roles/ops.md", "unresolved-name").Line);
        Assert.Equal("unknown", Result.Value.Graph.FindNode("external:nobody-knows-who")!.Properties["kind"]);
    }

    [Fact]
    public void Ingest_FiveMegabyteCardBesideAGoodOne_LoadsBoth()
    {
        var folder = Directory.CreateTempSubdirectory("teamgraph-large-").FullName;
        try
        {
            File.Copy(TestPaths.Data("bad-input", "roles", "good.md"), Path.Combine(folder, "good.md"));
            var rows = new StringBuilder("# Big\n\n## Identity\n\n| Параметр | Значение |\n|---|---|\n| **Код роли** | BIG |\n\n### Technical Skills\n\n| Навык | Уровень | Применение |\n|---|---|---|\n");
            for (var i = 0; rows.Length < 5_000_000; i++)
            {
                rows.Append("| Skill ").Append(i).Append(" | Expert | Used every day for a long descriptive reason |\n");
            }

            File.WriteAllText(Path.Combine(folder, "big.md"), rows.ToString());

            // The budget is wall-clock time, and a busy test machine can take longer than 10 s over 5 MB in Debug.
            var ingester = new FolderIngester(options: new IngestionOptions { DocumentBudget = TimeSpan.FromMinutes(5) });
            var result = ingester.Ingest(folder, cancellationToken: TestContext.Current.CancellationToken);

            Assert.True(result.Graph.Relationships.Count(r => r.StartId == "role:BIG" && r.Type == RelationshipTypes.HasSkill) > 50_000);
            Assert.NotNull(result.Graph.FindNode("role:RM"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Ingest_GoodCards_StillLoadWithTheirHandoffs()
    {
        var graph = Result.Value.Graph;

        Assert.True((bool)graph.FindNode("role:RM")!.Properties["documented"]);
        Assert.True((bool)graph.FindNode("role:OPS")!.Properties["documented"]);
        var notes = Assert.Single(graph.Nodes, n => n.Label == NodeLabels.Handoff && (string)n.Properties["what"] == "Release notes");
        Assert.Equal(HandoffStatus.Confirmed, notes.Properties["status"]);
        Assert.Equal(HandoffStatus.OneSided, Assert.Single(graph.Nodes, n => n.Label == NodeLabels.Handoff && (string)n.Properties["what"] == "Change requests").Properties["status"]);
    }
}
