using System.Text.RegularExpressions;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Cli.Tests;

/// <summary><c>teamgraph new-card</c>: the templates, the card it writes, and the registry row it adds.</summary>
public sealed partial class NewCardCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamgraph-new-card-").FullName;

    [Theory]
    [InlineData("en", "DE", "Data Engineer", "roles/data-engineer.md")]
    [InlineData("ru", "АН", "Аналитик данных", "roles/аналитик-данных.md")]
    public void NewCard_EmptyFolder_WritesACardThatLintPasses(string language, string code, string name, string cardPath)
    {
        var created = CommandLineRun.Invoke("new-card", _folder, "--code", code, "--name", name, "--lang", language);
        var lint = CommandLineRun.Invoke("lint", _folder);
        var ingest = new FolderIngester().Ingest(_folder, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(created.ExitCode == 0, created.Stderr);
        Assert.True(File.Exists(Path.Combine(_folder, cardPath)), created.Stdout);
        Assert.True(lint.ExitCode == 0, lint.Stdout + lint.Stderr);
        Assert.DoesNotContain(ingest.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var card = Assert.Single(ingest.Cards);
        Assert.Equal((code, name, cardPath), (card.Identity.Code?.Text, card.Title?.Text, card.Path));
        Assert.Empty(card.UnknownSections);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void Template_GuidanceFollowed_FillsEverySectionOfTheCard(string language)
    {
        // Uncomment each one-line example and put a row under each table header: every section must then be read.
        var text = RoleCardTemplate.Fill(language, "DE", "Data Engineer");
        text = OneLineExample().Replace(text, "$1");
        text = TableSeparator().Replace(text, match => match.Value + "\n|" + string.Concat(Enumerable.Repeat(" x |", match.Value.Count(c => c == '|') - 1)));

        var diagnostics = new List<Diagnostic>();
        var card = IngestionPipeline.Default.CardParser.Parse("roles/data-engineer.md", text, diagnostics);

        Assert.DoesNotContain(diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Empty(card.UnknownSections);
        Assert.All(new (string Section, int Count)[]
        {
            ("technical skills", card.TechnicalSkills.Count), ("soft skills", card.SoftSkills.Count), ("domain", card.DomainKnowledge.Count),
            ("tools", card.Tools.Count), ("required reading", card.LearningPlan.RequiredReading.Count), ("technologies", card.LearningPlan.Technologies.Count),
            ("practices", card.LearningPlan.Practices.Count), ("responsibilities", card.Responsibilities.Count), ("decisions", card.DecisionsAlone.Count),
            ("approvals", card.Approvals.Count), ("escalations", card.Escalations.Count), ("inputs", card.Inputs.Count), ("outputs", card.Outputs.Count),
            ("artifacts", card.Artifacts.Count), ("communication", card.Communications.Count), ("handoff points", card.HandoffPoints.Count),
            ("preferences", card.WorkingStyle.Preferences.Count), ("problem solving", card.WorkingStyle.ProblemSolvingSteps.Count),
            ("quality standards", card.WorkingStyle.QualityStandards.Count), ("typical phrases", card.WorkingStyle.TypicalPhrases.Count),
        }, section => Assert.True(section.Count > 0, $"{language}: {section.Section} not read"));
        Assert.Equal(3, card.Responsibilities.Select(r => r.Kind).Distinct().Count());
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void Template_BuiltIntoTheTool_IsTheOneInDocs(string language)
    {
        var docs = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "templates", $"role-card.{language}.md"));

        Assert.Equal(docs.Replace("{{CODE}}", "XX", StringComparison.Ordinal).Replace("{{NAME}}", "Role", StringComparison.Ordinal), RoleCardTemplate.Fill(language, "XX", "Role"));
    }

    [Fact]
    public void NewCard_SeedWithRegistry_AddsARowTheIngesterReadsAndLintStillPasses()
    {
        using var seed = SeedFolderCopy.WithEdit("team-structure.md", "# Team Structure", "# Team Structure");

        var created = CommandLineRun.Invoke("new-card", seed.Path, "--code", "DE", "--name", "Data Engineer");
        var lint = CommandLineRun.Invoke("lint", seed.Path);
        var ingest = new FolderIngester().Ingest(seed.Path, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(created.ExitCode == 0, created.Stderr);
        Assert.Contains("team-structure.md: added '| DE | Data Engineer |  | [data-engineer.md](roles/data-engineer.md) |'", created.Stdout, StringComparison.Ordinal);
        var row = Assert.Single(ingest.Registry.Roles, r => r.Code == "DE");
        Assert.Equal(("Data Engineer", "roles/data-engineer.md"), (row.Name, row.CardPath));
        Assert.Equal(7, ingest.Registry.Roles.Count);
        Assert.True(lint.ExitCode == 0, lint.Stdout + lint.Stderr);
        Assert.DoesNotContain("error ", lint.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(ingest.Diagnostics, d => d.Path is "roles/data-engineer.md" or "team-structure.md" && d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void NewCard_CodeAlreadyInRegistry_WritesTheCardButNoSecondRow()
    {
        using var seed = SeedFolderCopy.WithEdit("team-structure.md", "# Team Structure", "# Team Structure");
        var before = File.ReadAllText(Path.Combine(seed.Path, "team-structure.md"));

        var run = CommandLineRun.Invoke("new-card", seed.Path, "--code", "QA", "--name", "QA Lead");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("already lists role 'QA'", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(seed.Path, "team-structure.md")));
    }

    [Fact]
    public void NewCard_CardExists_RefusesAndLeavesItAlone()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "roles"));
        var existing = Path.Combine(_folder, "roles", "data-engineer.md");
        File.WriteAllText(existing, "# Data Engineer\n\nmy own card\n");

        var run = CommandLineRun.Invoke("new-card", _folder, "--code", "DE", "--name", "Data Engineer");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"cannot write '{Path.Combine(_folder, "roles", "data-engineer.md")}': it already exists; new-card never overwrites a card", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("# Data Engineer\n\nmy own card\n", File.ReadAllText(existing));
    }

    [Theory]
    [InlineData("A B", "is not valid: a code is one word")]
    [InlineData("end", "'end' without an open subgraph")]
    [InlineData("A|B", "would not read it back")]
    [InlineData(" ", "is not valid")]
    public void NewCard_BadCode_IsAUsageErrorAndWritesNothing(string code, string expected)
    {
        var run = CommandLineRun.Invoke("new-card", _folder, "--code", code, "--name", "Data Engineer");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "roles")));
    }

    [Fact]
    public void NewCard_UnknownLanguage_IsAUsageError()
    {
        var run = CommandLineRun.Invoke("new-card", _folder, "--code", "DE", "--name", "Data Engineer", "--lang", "de");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [GeneratedRegex(@"<!-- ((?:- |\d+\. ).*) -->")]
    private static partial Regex OneLineExample();

    [GeneratedRegex(@"^\|[-|]+\|$", RegexOptions.Multiline)]
    private static partial Regex TableSeparator();
}
