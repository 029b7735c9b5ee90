using TeamGraph.Core.Ingestion.Building;

namespace TeamGraph.Core.Tests.Ingestion.Building;

public class HandoffTextTests
{
    [Theory]
    [InlineData("Release approval", "release approvals")]
    [InlineData("Release approval", "Approval of release")]
    [InlineData("Staging deployments", "staging-deployment")]
    [InlineData("Staging deployment", "Staging deployment notifications")]
    [InlineData("Dосs", "Docs")] // Cyrillic "о" and "с" typed in a Latin word
    [InlineData("Тестовый отчёт", "тестовый отчет")]
    [InlineData("Приёмка релиза", "пpиёмка релиза")] // Latin "p" typed in a Russian word
    [InlineData("Dependencies", "dependency")]
    [InlineData("Status changes", "status change")]
    [InlineData("Требования к API", "требования к api")]
    public void Matches_SpellingVariantsOfOneThing(string a, string b) =>
        Assert.True(HandoffText.Matches(HandoffText.Key(a), HandoffText.Key(b)));

    [Theory]
    [InlineData("Release approval", "Release sign-off")]
    [InlineData("Release notes draft", "Release notes final")]
    [InlineData("Alerts", "Alert rules")]
    [InlineData("Code", "Merged code review comments")]
    public void Matches_KeepsDifferentThingsApart(string a, string b) =>
        Assert.False(HandoffText.Matches(HandoffText.Key(a), HandoffText.Key(b)));

    [Theory]
    [InlineData("Jira", "Jira/Slack", true)]
    [InlineData("ADR / Docs", "Docs", true)]
    [InlineData("", "Slack", true)]
    [InlineData("Notifications", "Slack", false)]
    [InlineData("Reports", "Dashboards", false)]
    public void FormatsAgree_WhenOneSaysNoMoreThanTheOther(string a, string b, bool agree) =>
        Assert.Equal(agree, HandoffText.FormatsAgree(a, b));
}
