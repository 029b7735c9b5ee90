using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Tests.Ingestion.Resolution;

public class TeamRegistryReaderTests
{
    private readonly List<Diagnostic> _diagnostics = [];

    private TeamRegistry ReadFixture() =>
        TeamRegistryReader.Read("team-structure.md", File.ReadAllText(TestPaths.Data("registry", "team-structure.md")), _diagnostics);

    [Fact]
    public void Read_RolesTableInAnyColumnOrder_GivesCodesNamesAliasesAndCardPaths()
    {
        var registry = ReadFixture();

        Assert.Equal(["TL", "DO", "PM"], registry.Roles.Select(r => r.Code));
        var techLead = registry.Roles[0];
        Assert.Equal("Tech Lead", techLead.Name);
        Assert.Equal(["Техлид", "Lead"], techLead.Aliases);
        Assert.Equal("roles/tech-lead.md", techLead.CardPath);
        Assert.Equal(new SourceRef("team-structure.md", 9), techLead.Source);
        Assert.Null(registry.Roles[2].CardPath);
    }

    [Fact]
    public void Read_RowWithoutCode_IsReportedWithItsLineAndSkipped()
    {
        ReadFixture();

        var warning = Assert.Single(_diagnostics);
        Assert.Equal((ResolutionDiagnosticCodes.RegistryProblem, 12), (warning.Code, warning.Line));
    }

    [Fact]
    public void Read_GroupsTable_GivesMembersOrEveryone()
    {
        var registry = ReadFixture();

        var developers = registry.Groups[0];
        Assert.Equal(("Developers", false), (developers.Name, developers.IsEveryone));
        Assert.Equal(["BE", "FE"], developers.Members);
        Assert.Equal(["Devs", "Разработчики"], developers.Aliases);
        Assert.True(registry.Groups[1].IsEveryone);
    }

    [Fact]
    public void Read_ExternalPartiesTable_GivesSystemsAndOutsiders()
    {
        var registry = ReadFixture();

        Assert.Equal([("Monitoring", "system"), ("Stakeholders", "external")], registry.Externals.Select(e => (e.Name, e.Kind)));
    }

    [Fact]
    public void Registry_WinsOverBuiltInGuesses_AndResolvesItsAliasesWithoutWarnings()
    {
        var directory = new ActorDirectory(_diagnostics);
        directory.AddRegistry(ReadFixture());
        _diagnostics.Clear();
        var source = new SourceRef("roles/x.md", 3);

        Assert.Equal(new ResolvedActor(ActorKind.Role, "TL"), directory.Resolve("техлид", source));
        Assert.Equal(new ResolvedActor(ActorKind.Group, "Developers"), directory.Resolve("Devs", source));
        Assert.Equal(new ResolvedActor(ActorKind.ExternalActor, "Monitoring"), directory.Resolve("Sentry", source));
        Assert.Equal(new ResolvedActor(ActorKind.Role, "PM"), directory.Resolve("Project Manager", source));
        Assert.Empty(_diagnostics);
    }

    [Fact]
    public void Resolve_NameWithTrailingWords_FallsBackToItsLongestKnownPrefix()
    {
        var directory = new ActorDirectory(_diagnostics);
        directory.AddRegistry(ReadFixture());
        _diagnostics.Clear();

        Assert.Equal(new ResolvedActor(ActorKind.Role, "TL"), directory.Resolve("Tech Lead asap", new SourceRef("roles/x.md", 4)));
        Assert.Equal(ResolutionDiagnosticCodes.ResolvedByPrefix, Assert.Single(_diagnostics).Code);
    }

    [Fact]
    public void Read_QuotesNestedPastMarkdigsLimit_AreLeftOutWithAnErrorAndTheTablesStillRead()
    {
        // Found by the fuzz properties: 382 nested quotes made Markdig throw out of the registry reader, so the whole ingest failed.
        var text = "| Code | Name |\n|---|---|\n| TL | Tech Lead |\n\n" + string.Concat(Enumerable.Repeat("> ", 382)) + "deep\n";

        var registry = TeamRegistryReader.Read("team-structure.md", text, _diagnostics);

        Assert.Equal(["TL"], registry.Roles.Select(r => r.Code));
        Assert.Equal((DiagnosticSeverity.Error, 5), (Assert.Single(_diagnostics).Severity, Assert.Single(_diagnostics).Line));
    }

    [Fact]
    public void Read_TermColumnTable_IsTheGlossaryWithEquivalentsInAnyLanguage()
    {
        const string text = "# Team\n\n| Термин | Эквиваленты |\n|---|---|\n| Release sign-off | Release approval; «QA sign-off» |\n| Оценки | Estimates |\n| Lonely | |\n";

        var registry = TeamRegistryReader.Read("team-structure.md", text, _diagnostics);

        Assert.Equal(["Release sign-off", "Оценки"], registry.Glossary.Select(g => g.Term));
        Assert.Equal(["Release approval", "QA sign-off"], registry.Glossary[0].Equivalents);
        Assert.Equal(new SourceRef("team-structure.md", 5), registry.Glossary[0].Source);
        Assert.Empty(registry.Roles);
    }

    [Fact]
    public void Read_AnyTableUnderAGlossaryHeading_IsTheGlossaryUntilTheNextHeading()
    {
        const string text = "## Глоссарий\n\n| Что | Как ещё |\n|---|---|\n| Roadmap | Роадмап, дорожная карта |\n\n### Notes\n\n| What | Also |\n|---|---|\n| Skip | me |\n\n## Roles\n\n| Code | Name |\n|---|---|\n| TL | Tech Lead |\n";

        var registry = TeamRegistryReader.Read("team-structure.md", text, _diagnostics);

        var entry = Assert.Single(registry.Glossary, g => g.Term == "Roadmap");
        Assert.Equal(["Роадмап", "дорожная карта"], entry.Equivalents);
        Assert.Equal(2, registry.Glossary.Count); // the sub-heading's table is still under "Глоссарий"
        Assert.Equal(["TL"], registry.Roles.Select(r => r.Code));
    }
}
