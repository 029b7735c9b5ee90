using TeamGraph.Core.Cards;
using TeamGraph.Core.Ingestion.Matching;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Tests.Ingestion.Matching;

public class HandoffSimilarityTests
{
    private readonly HandoffVocabulary _vocabulary = new(
        [new GlossaryEntry("Effort estimates", ["Оценка трудозатрат", "Оценки"], new SourceRef("team-structure.md", 3))],
        BuiltInGlossary.Entries);

    [Theory]
    [InlineData("Release approval", "release approvals", MatchMethod.Stem)]
    [InlineData("Release approval", "Approval of release", MatchMethod.Stem)]
    [InlineData("Staging deployments", "staging-deployment", MatchMethod.Stem)]
    [InlineData("Staging deployment", "Staging deployment notifications", MatchMethod.Stem)]
    [InlineData("Dосs", "Docs", MatchMethod.Stem)] // Cyrillic "о" and "с" typed in a Latin word
    [InlineData("Тестовый отчёт", "тестовый отчет", MatchMethod.Exact)]
    [InlineData("Приёмка релиза", "пpиёмка релиза", MatchMethod.Stem)] // Latin "p" typed in a Russian word
    [InlineData("Отчёт о тестировании", "Отчёты тестирования", MatchMethod.Stem)]
    [InlineData("Статус деплоя", "Deployment status", MatchMethod.BuiltInGlossary)]
    [InlineData("Release approval", "Release sign-off", MatchMethod.BuiltInGlossary)]
    [InlineData("Оценки и технические риски", "Estimates and technical risks", MatchMethod.BuiltInGlossary)]
    [InlineData("Effort estimates", "Оценка трудозатрат", MatchMethod.Glossary)]
    [InlineData("Bug reports", "Test results and bug reports", MatchMethod.Stem)]
    [InlineData("Sprint 3 report", "Report for sprint 3", MatchMethod.Stem)]
    public void Compare_OneThingNamedTwoWays_Matches(string a, string b, string method)
    {
        var evidence = HandoffSimilarity.Compare(_vocabulary.Read(a), _vocabulary.Read(b));

        Assert.Equal(method, evidence?.Method);
        Assert.InRange(evidence!.Value.Confidence, 0.3, 1.0);
    }

    [Theory]
    [InlineData("Release notes draft", "Release notes final")]
    [InlineData("Release notes", "Release candidate")]
    [InlineData("Alerts", "Alert rules")]
    [InlineData("Code", "Merged code review comments")]
    [InlineData("HL7 ADT feed", "HL7 ORU results feed")]
    [InlineData("Security review requests", "Security review findings")]
    [InlineData("Incident reports", "Incident alerts")]
    [InlineData("(not named)", "(not named)")]
    [InlineData("Work item 2-8", "Work item 8-2")]
    [InlineData("Release 1.2 notes", "Release 2.1 notes")]
    public void Compare_DifferentThings_DoNotMatch(string a, string b) =>
        Assert.Null(HandoffSimilarity.Compare(_vocabulary.Read(a), _vocabulary.Read(b)));

    [Theory]
    [InlineData("Jira", "Jira/Slack", true)]
    [InlineData("ADR / Docs", "Docs", true)]
    [InlineData("", "Slack", true)]
    [InlineData("E-mail", "почта", true)]
    [InlineData("Notifications", "Slack", false)]
    [InlineData("Reports", "Dashboards", false)]
    public void FormatsAgree_WhenOneSaysNoMoreThanTheOther(string a, string b, bool agree) =>
        Assert.Equal(agree, _vocabulary.FormatsAgree(a, b));

    [Theory]
    [InlineData("депл", "депло", true)]
    [InlineData("verif", "verifi", true)]
    [InlineData("test", "testament", false)]
    [InlineData("api", "apis", false)]
    [InlineData("b:12", "b:123", false)]
    public void SameWord_NearFormsOfOneStem(string a, string b, bool same) =>
        Assert.Equal(same, HandoffSimilarity.SameWord(a, b));

    [Fact]
    public void Coverage_GlossaryPhraseStillNamesItsWords()
    {
        var estimate = _vocabulary.Read("Estimate");

        Assert.Equal(1.0, HandoffSimilarity.Coverage(estimate, _vocabulary.Read("Оценка трудозатрат")));
        Assert.Equal(0.0, HandoffSimilarity.Coverage(_vocabulary.Read("Code freeze"), _vocabulary.Read("Code review")));
    }

    [Fact]
    public void BuiltInGlossary_ReadsCleanlyAndNoSpellingHasTwoMeanings()
    {
        var meaningsOfSpelling = BuiltInGlossary.Entries
            .SelectMany(e => e.Spellings.Select(s => (Spelling: NameNormalizer.Normalize(s), e.Term)))
            .GroupBy(p => p.Spelling, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Term).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => g.Key);

        Assert.True(BuiltInGlossary.Entries.Count > 90);
        Assert.Empty(meaningsOfSpelling);
    }
}
