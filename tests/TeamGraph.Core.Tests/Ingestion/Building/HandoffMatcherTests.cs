using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion.Building;
using TeamGraph.Core.Ingestion.Matching;
using TeamGraph.Core.Ingestion.Resolution;
using static TeamGraph.Core.Tests.CardFactory;

namespace TeamGraph.Core.Tests.Ingestion.Building;

/// <summary>The matcher's rules, one small team each: a Tech Lead's card and a Project Manager's.</summary>
public class HandoffMatcherTests
{
    private const string LeadPath = "roles/lead.md";
    private const string ManagerPath = "roles/pm.md";

    private readonly List<Diagnostic> _diagnostics = [];

    [Fact]
    public void Match_TranslationTheBuiltInGlossaryKnows_IsOneConfirmedHandoff()
    {
        var graph = Build(
            Lead(outputs: [Flow(LeadPath, 10, "PM", "Оценки и технические риски", "Jira")]),
            Manager(inputs: [Flow(ManagerPath, 20, "Tech Lead", "Estimates and technical risks", "Jira")]));

        var handoff = Assert.Single(Handoffs(graph));
        Assert.Equal((HandoffStatus.Confirmed, "Оценки и технические риски"), (handoff.Get(HandoffProperties.Status), handoff.Get(HandoffProperties.What)));
        Assert.Equal([MatchMethod.BuiltInGlossary], handoff.Get(HandoffProperties.MatchedBy));
        Assert.Equal(0.9, handoff.Get(HandoffProperties.Confidence), 2);
    }

    [Fact]
    public void Match_SynonymInTheTeamGlossary_IsOneHandoffMatchedByTheGlossary()
    {
        var glossary = new GlossaryEntry("Release sign-off", ["Release readiness"], new SourceRef("team-structure.md", 40));

        var graph = Build(
            [Lead(outputs: [Flow(LeadPath, 10, "PM", "Release sign-off", "Jira")]), Manager(inputs: [Flow(ManagerPath, 20, "Tech Lead", "Release readiness", "Slack")])],
            [glossary]);

        var handoff = Assert.Single(Handoffs(graph));
        Assert.Equal([MatchMethod.Glossary], handoff.Get(HandoffProperties.MatchedBy));
        Assert.Equal(HandoffStatus.Conflicting, handoff.Get(HandoffProperties.Status)); // matched, and the formats disagree
    }

    [Theory]
    [InlineData("Отчёт о тестировании", "Отчёты тестирования")]
    [InlineData("Статус деплоя", "деплой статус")]
    [InlineData("Требования к интеграции", "Интеграционные требования")]
    [InlineData("Hotfix verification", "Hotfixes verified")]
    public void Match_WordFormsAndWordOrder_AreOneHandoffByStem(string given, string received)
    {
        var graph = Build(Lead(outputs: [Flow(LeadPath, 10, "PM", given)]), Manager(inputs: [Flow(ManagerPath, 20, "Tech Lead", received)]));

        var handoff = Assert.Single(Handoffs(graph));
        Assert.Equal(HandoffStatus.Confirmed, handoff.Get(HandoffProperties.Status));
        Assert.Contains(handoff.Get(HandoffProperties.MatchedBy), m => m is MatchMethod.Stem or MatchMethod.BuiltInGlossary);
    }

    [Theory]
    [InlineData("Release notes", "Release candidate")]
    [InlineData("HL7 ADT feed", "HL7 ORU results feed")]
    [InlineData("Security review requests", "Security review findings")]
    public void Match_DifferentHandoffsSharingWords_StayApart(string given, string received)
    {
        var graph = Build(
            Lead(outputs: [Flow(LeadPath, 10, "PM", given, "Confluence"), Flow(LeadPath, 11, "PM", "Weekly plan", "Jira")]),
            Manager(inputs: [Flow(ManagerPath, 20, "Tech Lead", received, "Jira"), Flow(ManagerPath, 21, "Tech Lead", "Weekly plan", "Jira")]));

        Assert.Equal(3, Handoffs(graph).Count);
        Assert.Equal(2, Handoffs(graph).Count(h => h.Get(HandoffProperties.Status) == HandoffStatus.OneSided));
    }

    [Fact]
    public void Match_HandoffPointRow_IsTheTriggerOfTheOutputsRowWhoseSubjectItNames()
    {
        var lead = Lead(outputs: [Flow(LeadPath, 10, "PM", "Оценки и технические риски", "Jira"), Flow(LeadPath, 11, "PM", "Architecture decisions", "ADR")]) with
        {
            HandoffPoints = [new HandoffPointEntry("Estimate ready", Party("PM", "PM"), "Декомпозиция завершена", new SourceRef(LeadPath, 30))],
        };

        var graph = Build(lead, Manager(inputs: [Flow(ManagerPath, 20, "Tech Lead", "Estimates and technical risks", "Jira")]));

        var estimates = Assert.Single(Handoffs(graph), h => h.Get(HandoffProperties.What) == "Оценки и технические риски");
        Assert.Equal("Декомпозиция завершена", estimates.Get(HandoffProperties.Trigger));
        Assert.Equal(HandoffStatus.Confirmed, estimates.Get(HandoffProperties.Status));
        Assert.Equal([MatchMethod.BuiltInGlossary, MatchMethod.Trigger], estimates.Get(HandoffProperties.MatchedBy));
        Assert.Equal(["roles/lead.md:10", "roles/lead.md:30", "roles/pm.md:20"], estimates.Get(HandoffProperties.Sources).Select(s => s.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(2, Handoffs(graph).Count);
    }

    [Fact]
    public void Match_HandoffPointRowTwoOutputsFitEqually_StaysAHandoffOfItsOwn()
    {
        var lead = Lead(outputs: [Flow(LeadPath, 10, "PM", "Hotfix deployments"), Flow(LeadPath, 11, "PM", "Deployment notifications")]) with
        {
            HandoffPoints = [new HandoffPointEntry("Deploy finished", Party("PM", "PM"), null, new SourceRef(LeadPath, 30))],
        };

        var graph = Build(lead, Manager());

        Assert.Equal(3, Handoffs(graph).Count);
    }

    [Fact]
    public void Match_OneCardSplitsWhatTheOtherListsInOneRow_IsOneHandoff()
    {
        var graph = Build(
            Lead(outputs: [Flow(LeadPath, 10, "PM", "Roadmap and quarterly priorities", "Confluence")]),
            Manager(inputs: [Flow(ManagerPath, 20, "Tech Lead", "Product roadmap", "Confluence"), Flow(ManagerPath, 21, "Tech Lead", "Quarterly priorities", "Confluence")]));

        var handoff = Assert.Single(Handoffs(graph));
        Assert.Contains(MatchMethod.Split, handoff.Get(HandoffProperties.MatchedBy));
        Assert.Equal(HandoffStatus.Confirmed, handoff.Get(HandoffProperties.Status));
    }

    [Fact]
    public void Match_OnlyRowsLeftBetweenTwoRolesWithAgreeingFormats_IsProbable()
    {
        var graph = Build(
            Lead(outputs: [Flow(LeadPath, 10, "PM", "Ключи подписи приложения", "Vault"), Flow(LeadPath, 11, "PM", "Weekly plan", "Jira")]),
            Manager(inputs: [Flow(ManagerPath, 20, "Tech Lead", "Signing keys", "Vault"), Flow(ManagerPath, 21, "Tech Lead", "Weekly plan", "Jira")]));

        var keys = Assert.Single(Handoffs(graph), h => h.Get(HandoffProperties.What) == "Ключи подписи приложения");
        Assert.Equal(HandoffStatus.Probable, keys.Get(HandoffProperties.Status));
        Assert.Equal([MatchMethod.Elimination], keys.Get(HandoffProperties.MatchedBy));
        Assert.Equal(0.6, keys.Get(HandoffProperties.Confidence), 2);
    }

    [Fact]
    public void Match_LeftoverRowsWhoseFormatsDisagree_StayOneSided()
    {
        var graph = Build(
            Lead(outputs: [Flow(LeadPath, 10, "PM", "Ключи подписи приложения", "Vault")]),
            Manager(inputs: [Flow(ManagerPath, 20, "Tech Lead", "Signing keys", "Email")]));

        Assert.All(Handoffs(graph), h => Assert.Equal(HandoffStatus.OneSided, h.Get(HandoffProperties.Status)));
        Assert.Equal(2, Handoffs(graph).Count);
    }

    [Fact]
    public void Match_LeftoverWithALookalike_WaitsForItInsteadOfPairingWithAnUnrelatedName()
    {
        var graph = Build(
            Lead(outputs: [Flow(LeadPath, 10, "PM", "Effort forecast", "Email")]),
            Manager(inputs: [Flow(ManagerPath, 20, "Tech Lead", "Effort guess"), Flow(ManagerPath, 21, "Tech Lead", "Build notes")]));

        Assert.Equal(3, Handoffs(graph).Count);
        Assert.All(Handoffs(graph), h => Assert.Equal(HandoffStatus.OneSided, h.Get(HandoffProperties.Status)));
    }

    [Fact]
    public void Match_HandoffPointSubjectNamedTheOtherWayRound_IsNoDirectionConflict()
    {
        // "PR approved" (lead → PM) is compared by "PR"; the PM sending pull requests to the lead is another handoff.
        var lead = Lead() with { HandoffPoints = [new HandoffPointEntry("PR approved", Party("PM", "PM"), null, new SourceRef(LeadPath, 30))] };

        var graph = Build(lead, Manager(outputs: [Flow(ManagerPath, 25, "Tech Lead", "Pull requests", "GitHub")]));

        Assert.DoesNotContain(Handoffs(graph), h => h.Get(HandoffProperties.Status) == HandoffStatus.Conflicting);
    }

    [Fact]
    public void Match_TeamInputBridgingADirectionConflict_NeverPutsAThirdRolesRowInIt()
    {
        // Found by HandoffMatchingPropertyTests: "Team → TL" matches the QA's and the PM's rows to the lead, and the
        // PM's row runs against the lead's "TL → PM"; chained, the four rows made one handoff whose giver was the lead.
        const string qaPath = "roles/qa.md";
        var lead = Lead(
            inputs: [Flow(LeadPath, 10, "Team", "Bug reports", "Confluence")],
            outputs: [Flow(LeadPath, 20, "PM", "Test results and bug reports", "Jira")]);
        var manager = Manager(
            inputs: [Flow(ManagerPath, 30, "Tech Lead", "Test results and bug reports")],
            outputs: [Flow(ManagerPath, 31, "Tech Lead", "Test results and bug reports")]);
        var qa = Card(qaPath, "QA", "QA Engineer") with { Outputs = [Flow(qaPath, 40, "Tech Lead", "Test results and bug reports")] };

        var graph = Build(lead, manager, qa);

        foreach (var handoff in Handoffs(graph))
        {
            var parties = graph.Relationships.Where(r => (r.Type == RelationshipTypes.Gives && r.EndId == handoff.Id) || (r.Type == RelationshipTypes.To && r.StartId == handoff.Id))
                .Select(r => r.Type == RelationshipTypes.Gives ? r.StartId : r.EndId).ToHashSet();
            foreach (var declaration in graph.Relationships.Where(r => r.Type == RelationshipTypes.Declares && r.EndId == handoff.Id))
            {
                Assert.All(
                    declaration.Get(DeclaresProperties.Receivers).Append(declaration.Get(DeclaresProperties.Giver)).Where(p => p != "group:team"),
                    p => Assert.Contains(p, parties));
            }
        }

        var conflict = Assert.Single(Handoffs(graph), h => h.Get(HandoffProperties.Conflicts).Contains("direction"));
        Assert.Equal(["roles/lead.md:10", "roles/lead.md:20", "roles/pm.md:30", "roles/pm.md:31"], conflict.Get(HandoffProperties.Sources).Select(s => s.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Match_DocumentsInAnyOrder_GiveTheSameHandoffs()
    {
        var lead = Lead(outputs: [Flow(LeadPath, 10, "PM", "Оценки", "Jira"), Flow(LeadPath, 11, "PM", "Ключи подписи", "Vault")]);
        var manager = Manager(inputs: [Flow(ManagerPath, 20, "Tech Lead", "Estimates", "Jira"), Flow(ManagerPath, 21, "Tech Lead", "Signing keys", "Vault")]);

        var forward = Handoffs(Build(lead, manager));
        var backward = Handoffs(Build(manager, lead));

        Assert.Equal(forward.Select(Describe), backward.Select(Describe));
    }

    private static string Describe(GraphNode handoff) =>
        $"{handoff.Id} {handoff.Get(HandoffProperties.Status)} {string.Join('+', handoff.Get(HandoffProperties.MatchedBy))} {handoff.Get(HandoffProperties.Confidence)}";

    private static RoleCard Lead(FlowEntry[]? inputs = null, FlowEntry[]? outputs = null) =>
        Card(LeadPath, "TL", "Tech Lead") with { Inputs = inputs ?? [], Outputs = outputs ?? [] };

    private static RoleCard Manager(FlowEntry[]? inputs = null, FlowEntry[]? outputs = null) =>
        Card(ManagerPath, "PM", "Project Manager") with { Inputs = inputs ?? [], Outputs = outputs ?? [] };

    private PropertyGraph Build(params RoleCard[] cards) => Build(cards, []);

    private PropertyGraph Build(RoleCard[] cards, IReadOnlyList<GlossaryEntry> glossary) =>
        TeamGraphBuilder.Build(TeamRegistry.Empty with { Glossary = glossary }, [.. cards.Select(c => Document(c))], _diagnostics);

    private static List<GraphNode> Handoffs(PropertyGraph graph) =>
        [.. graph.Nodes.Where(n => n.Label == NodeLabels.Handoff).OrderBy(n => n.Id, StringComparer.Ordinal)];
}
