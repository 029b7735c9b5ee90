using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Tests.Ingestion.Markdown;

/// <summary>
/// tests/data/markdown/qa-engineer.md: English headings, every table's columns in another order than the seed's,
/// front matter, no learning plan, and an unknown "Team Rituals" section.
/// </summary>
public class RoleCardParserEnglishCardTests
{
    private const string CardPath = "markdown/qa-engineer.md";

    private static readonly ParsedCard Parsed = ParsedCard.FromData("qa-engineer.md");

    private static RoleCard Card => Parsed.Card;

    private static SourceRef At(int line) => new(CardPath, line);

    [Fact]
    public void Parse_EnglishCard_ReportsNoDiagnostics() => Assert.Empty(Parsed.Diagnostics);

    [Fact]
    public void Parse_FrontMatter_ReadsCodeNameAndCommaSeparatedAliases()
    {
        Assert.Equal("QA", Card.FrontMatter?.Code);
        Assert.Equal("QA Engineer", Card.FrontMatter?.Name);
        Assert.Equal(["Tester", "Quality Engineer"], Card.FrontMatter?.Aliases);
        Assert.Equal(At(1), Card.FrontMatter?.Source);
        Assert.Equal(new SourcedText("QA Engineer", At(6)), Card.Title);
    }

    [Fact]
    public void Parse_IdentityWithValueColumnFirst_ReadsRowsAndKeepsOthers()
    {
        Assert.Equal(new SourcedText("QA Engineer", At(14)), Card.Identity.Role);
        Assert.Equal("Middle", Card.Identity.Level?.Text);
        Assert.Equal(new SourcedText("QA", At(16)), Card.Identity.Code);
        Assert.Equal("Keep regressions out of production", Card.Identity.Mission?.Text);
        Assert.Equal(new KeyValueEntry("Time zone", "Europe/Berlin", At(18)), Assert.Single(Card.Identity.OtherRows));
    }

    [Fact]
    public void Parse_ReorderedColumns_ReadEachCellIntoItsField()
    {
        Assert.Equal(new SkillEntry("Playwright", "Expert", "API and UI regression", At(24)), Card.TechnicalSkills[0]);
        Assert.Equal(new SkillEntry("SQL", "Intermediate", "Data checks", At(26)), Card.TechnicalSkills[2]);
        Assert.Equal(new ToolEntry("GitHub Actions", "Test runs", At(38)), Card.Tools[1]);
        Assert.Equal(new DecisionEntry("Quarantine a flaky test", "\"Skip flaky test for a day\"", At(69)), Assert.Single(Card.DecisionsAlone));
        Assert.Equal(new QualityStandardEntry("Release", "No P1 bugs open", At(131)), Assert.Single(Card.WorkingStyle.QualityStandards));

        var staging = Card.Inputs[0];
        Assert.Equal(("DevOps", "Staging deployments", "Notifications", At(88)), (staging.Party.Raw, staging.What, staging.Format, staging.Source));
        var bugs = Card.Outputs[1];
        Assert.Equal(["Backend Dev", "Frontend Dev"], bugs.Party.Names);
        Assert.Equal(("Bug reports", "Jira"), (bugs.What, bugs.Format));

        var daily = Assert.Single(Card.Communications);
        Assert.Equal(("Developers", "Daily", "Stand-up"), (daily.Party.Raw, daily.Frequency, daily.Format));
        var handoff = Assert.Single(Card.HandoffPoints);
        Assert.Equal(("Release approval", "DevOps", "All checks green", At(118)), (handoff.What, handoff.Party.Raw, handoff.Trigger, handoff.Source));
    }

    [Fact]
    public void Parse_EnglishDecisionHeadingsWithoutMarks_ReadApprovalsAndEscalations()
    {
        Assert.Equal(["DevOps", "PM"], Card.Approvals[0].Approvers.Names);
        Assert.Equal("release window", Card.Approvals[0].Approvers.Note);
        Assert.Equal("Block a release", Card.Approvals[0].Decision);
        Assert.Equal(["Backend Dev", "Frontend Dev"], Card.Approvals[1].Approvers.Names);
        var escalation = Assert.Single(Card.Escalations);
        Assert.Equal(("Data corruption found", At(82)), (escalation.Situation, escalation.Source));
        Assert.Equal(["Tech Lead", "PM"], escalation.Recipients.Names);
    }

    [Fact]
    public void Parse_Responsibilities_TakeTheShareFromEachHeading()
    {
        Assert.Equal(
            [("Regression testing", ResponsibilityKind.Primary, "60%"), ("Release approval", ResponsibilityKind.Primary, "60%"), ("Test data upkeep", ResponsibilityKind.Secondary, "40%"), ("Fixing production bugs", ResponsibilityKind.NotResponsible, null)],
            Card.Responsibilities.Select(duty => (duty.Text, duty.Kind, duty.Share)));
        Assert.Equal(["Automated suite on every merge", "Manual exploratory pass before release"], Card.Responsibilities[0].Details);
    }

    [Fact]
    public void Parse_UnknownSection_IsKeptAsRawMarkdown()
    {
        var rituals = Assert.Single(Card.UnknownSections);

        Assert.Equal("Team Rituals", rituals.Heading);
        Assert.Equal("We demo every Friday.\n\n- Bug bash before each release", rituals.Markdown);
        Assert.Equal(At(40), rituals.Source);
    }

    [Fact]
    public void Parse_MissingSections_AreEmpty()
    {
        Assert.Same(LearningPlan.Empty, Card.LearningPlan);
        Assert.Empty(Card.DomainKnowledge);
        Assert.Empty(Card.Artifacts);
        Assert.Empty(Card.WorkingStyle.Preferences);
        Assert.Empty(Card.WorkingStyle.TypicalPhrases);
    }

    [Fact]
    public void Parse_PlainNumberedSteps_SplitNameAndDetailAtTheDash() =>
        Assert.Equal(
            [new ListEntry("Reproduce", "confirm the bug on staging", At(124)), new ListEntry("Isolate", "find the smallest failing case", At(125))],
            Card.WorkingStyle.ProblemSolvingSteps);

    [Fact]
    public void Parse_LinksMermaidAndExamples_AreCollectedFromAnywhere()
    {
        Assert.Equal(
            [("../team-structure.md", 8), ("https://github.com/features/actions", 38), ("../interactions/qa-to-devops.md", 141)],
            Card.Links.Select(link => (link.Target, link.Source.Line)));
        var map = Assert.Single(Card.MermaidBlocks);
        Assert.Equal(101, map.FirstLine);
        var example = Assert.Single(Card.Examples);
        Assert.Equal(new CodeExample("Smoke suite", "bash", "npx playwright test --grep @smoke", At(135)), example);
    }
}
