using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Tests.Ingestion.Markdown;

public class RoleCardParserSeedTests
{
    private static readonly ParsedCard Seed = ParsedCard.FromText(SeedCard.Path, SeedCard.Text);

    private static RoleCard Card => Seed.Card;

    private static SourceRef At(int line) => new(SeedCard.Path, line);

    [Fact]
    public void Parse_SeedCard_ReportsNoDiagnostics() => Assert.Empty(Seed.Diagnostics);

    [Fact]
    public void Parse_SeedCard_ReadsTitleAndIdentity()
    {
        Assert.Equal(new SourcedText("DevOps Engineer", At(1)), Card.Title);
        Assert.Equal(new SourcedText("DevOps Engineer", At(9)), Card.Identity.Role);
        Assert.Equal(new SourcedText("Middle / Senior", At(10)), Card.Identity.Level);
        Assert.Equal(new SourcedText("DO", At(11)), Card.Identity.Code);
        Assert.Equal(
            "Обеспечить надежную, автоматизированную доставку кода в production и стабильную работу инфраструктуры логистической системы",
            Card.Identity.Mission?.Text);
        Assert.Empty(Card.Identity.OtherRows);
        Assert.Null(Card.FrontMatter);
    }

    [Fact]
    public void Parse_SeedCard_CountsEverySection()
    {
        Assert.Equal(8, Card.TechnicalSkills.Count);
        Assert.Equal(4, Card.SoftSkills.Count);
        Assert.Equal(5, Card.DomainKnowledge.Count);
        Assert.Equal(7, Card.Tools.Count);
        Assert.Equal(5, Card.DecisionsAlone.Count);
        Assert.Equal(5, Card.Approvals.Count);
        Assert.Equal(4, Card.Escalations.Count);
        Assert.Equal(5, Card.Inputs.Count);
        Assert.Equal(5, Card.Outputs.Count);
        Assert.Equal(6, Card.Artifacts.Count);
        Assert.Equal(3, Card.Communications.Count);
        Assert.Equal(3, Card.HandoffPoints.Count);
        Assert.Equal(5, Card.WorkingStyle.QualityStandards.Count);
        Assert.Equal(4, Card.WorkingStyle.Preferences.Count);
        Assert.Equal(5, Card.WorkingStyle.ProblemSolvingSteps.Count);
        Assert.Equal(4, Card.WorkingStyle.TypicalPhrases.Count);
        Assert.Empty(Card.UnknownSections);
    }

    [Fact]
    public void Parse_SeedCard_SplitsResponsibilitiesByKindWithShares()
    {
        var primary = Card.Responsibilities.Where(duty => duty.Kind == ResponsibilityKind.Primary).ToList();
        var secondary = Card.Responsibilities.Where(duty => duty.Kind == ResponsibilityKind.Secondary).ToList();
        var notResponsible = Card.Responsibilities.Where(duty => duty.Kind == ResponsibilityKind.NotResponsible).ToList();

        Assert.Equal(5, primary.Count);
        Assert.All(primary, duty => Assert.Equal("70%", duty.Share));
        Assert.Equal(5, secondary.Count);
        Assert.All(secondary, duty => Assert.Equal("30%", duty.Share));
        Assert.Equal(5, notResponsible.Count);
        Assert.All(notResponsible, duty => Assert.Null(duty.Share));
        Assert.Equal(new ResponsibilityEntry("CI/CD Pipeline", ResponsibilityKind.Primary, "70%", [], At(102)), primary[0], ResponsibilityComparer);
        Assert.Equal(["Настройка deployment platforms", "Environment management (dev/staging/production)", "Secrets management"], primary[1].Details);
        Assert.Equal(At(126), primary[1].Source);
        Assert.Equal("Тестирование функционала (это QA)", notResponsible[3].Text);
        Assert.Equal(At(159), notResponsible[3].Source);
    }

    [Fact]
    public void Parse_SeedCard_ReadsDecisionAuthorityWithParties()
    {
        Assert.Equal(new DecisionEntry("Backup schedule", "\"Backup каждые 6 часов\"", At(170)), Card.DecisionsAlone[2]);

        var platform = Card.Approvals[0];
        Assert.Equal("Смена deployment platform", platform.Decision);
        Assert.Equal(["Tech Lead", "PM"], platform.Approvers.Names);
        Assert.Equal("cost", platform.Approvers.Note);
        Assert.Equal(At(178), platform.Source);
        Assert.Equal(["PM", "Tech Lead"], Card.Approvals[4].Approvers.Names);

        var down = Card.Escalations[0];
        Assert.Equal("Production down", down.Situation);
        Assert.Equal(["Tech Lead", "PM"], down.Recipients.Names);
        Assert.Equal("немедленно", down.Recipients.Note);
        Assert.Equal(At(188), down.Source);
        Assert.Equal(["Tech Lead", "PM", "Stakeholders"], Card.Escalations[1].Recipients.Names);
    }

    [Fact]
    public void Parse_SeedCard_ReadsInputsOutputsAndHandoffs()
    {
        Assert.Equal("QA", Assert.Single(Card.Inputs[1].Party.Names));
        Assert.Equal(("Release approval", "Jira/Slack", At(200)), (Card.Inputs[1].What, Card.Inputs[1].Format, Card.Inputs[1].Source));
        Assert.Equal(("Monitoring", "Alerts"), (Card.Inputs[3].Party.Raw, Card.Inputs[3].What));
        Assert.Equal(("Team", "Deployment status", "Notifications", At(209)), (Card.Outputs[0].Party.Raw, Card.Outputs[0].What, Card.Outputs[0].Format, Card.Outputs[0].Source));
        Assert.Equal(["CI/CD Pipeline configurations", "Docker configurations", "Infrastructure documentation", "Runbooks", "Monitoring dashboards", "Incident reports"], Card.Artifacts.Select(artifact => artifact.Name));

        var deployed = Card.HandoffPoints[0];
        Assert.Equal(("Deployment complete", "Successful deployment", At(258)), (deployed.What, deployed.Trigger, deployed.Source));
        Assert.Equal(["QA", "Team"], deployed.Party.Names);

        var techLead = Card.Communications[0];
        Assert.Equal(("Tech Lead", "1-2 раза/неделю", "Sync, planning", At(250)), (techLead.Party.Raw, techLead.Frequency, techLead.Format, techLead.Source));
    }

    [Fact]
    public void Parse_SeedCard_ReadsSkillsAndTools()
    {
        Assert.Equal(new SkillEntry("Cloud Platforms", "Advanced", "Vercel, Railway, AWS/GCP basics", At(22)), Card.TechnicalSkills[2]);
        Assert.Equal(new ListEntry("Системное мышление", "Понимание всей инфраструктуры", At(31)), Card.SoftSkills[0]);
        Assert.Equal(new ListEntry("Zero-downtime deployments", null, At(39)), Card.DomainKnowledge[1]);
        Assert.Equal(new ToolEntry("Railway/Render", "Backend deployment", At(51)), Card.Tools[3]);
    }

    [Fact]
    public void Parse_SeedCard_KeepsMermaidBlockWithItsFirstCodeLine()
    {
        var block = Assert.Single(Card.MermaidBlocks);

        Assert.Equal(227, block.FirstLine);
        Assert.Equal(SeedCard.Path, block.Path);
        Assert.StartsWith("graph LR\n    DO[DevOps]\n", block.Code, StringComparison.Ordinal);
        Assert.EndsWith("DO -->|alerts| TL", block.Code, StringComparison.Ordinal);
        Assert.Equal(SeedCard.Text.Split('\n')[226], block.Code.Split('\n')[0]);
    }

    [Fact]
    public void Parse_SeedCard_ReadsWorkingStyle()
    {
        var style = Card.WorkingStyle;

        Assert.Equal(new KeyValueEntry("Предпочитает", "Четкие tickets с reproduction steps", At(266)), style.Preferences[0]);
        Assert.Equal(new ListEntry("Assess", "оценить severity и impact", At(273)), style.ProblemSolvingSteps[0]);
        Assert.Equal(new QualityStandardEntry("Recovery", "RTO < 1 hour, RPO < 1 hour", At(285)), style.QualityStandards[2]);
        Assert.Equal(new SourcedText("Какой environment?", At(291)), style.TypicalPhrases[0]);
    }

    [Fact]
    public void Parse_SeedCard_ReadsThreeCodeExamples()
    {
        Assert.Equal(
            [("CI/CD Pipeline", "yaml", 298), ("Docker Configuration", "dockerfile", 394), ("Monitoring Alert", "yaml", 422)],
            Card.Examples.Select(example => (example.Title, example.Language, example.Source.Line)));
        Assert.StartsWith("# backend/Dockerfile\nFROM node:18-alpine AS builder", Card.Examples[1].Code, StringComparison.Ordinal);
        Assert.EndsWith("CMD [\"npm\", \"run\", \"start:prod\"]", Card.Examples[1].Code, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeedCard_SendsLearningPlanLinksToThePlanAndTheRestToLinks()
    {
        var plan = Card.LearningPlan;

        Assert.Equal(5, plan.RequiredReading.Count);
        Assert.Equal(new DocumentLink("overview.md", "../../tech-stack/overview.md", "архитектура системы", At(61)), plan.RequiredReading[1]);
        Assert.Equal(["backend-nestjs.md", "frontend-solidjs.md"], plan.UsefulReading.Select(link => link.Text));
        Assert.Equal(6, plan.Technologies.Count);
        Assert.Equal(new TopicEntry("Supabase", "Auth config, RLS, backups", At(79)), plan.Technologies[4]);
        Assert.Equal(6, plan.Practices.Count);
        Assert.Equal(4, plan.Resources.Count);
        Assert.All(plan.Resources, link => Assert.True(link.IsExternal));

        Assert.Equal(
            ["../README.md", "../team-structure.md", "../TEAM-MASTER-REFERENCE.md", "../interactions/qa-to-devops.md", "../workflows/escalation-paths.md", "../../tech-stack/environment-setup.md"],
            Card.Links.Select(link => link.Target));
        Assert.Equal([3, 3, 3, 453, 454, 455], Card.Links.Select(link => link.Source.Line));
    }

    private static readonly IEqualityComparer<ResponsibilityEntry> ResponsibilityComparer = EqualityComparer<ResponsibilityEntry>.Create(
        (left, right) => left is not null && right is not null
            && (left.Text, left.Kind, left.Share, left.Source) == (right.Text, right.Kind, right.Share, right.Source)
            && left.Details.SequenceEqual(right.Details));
}
