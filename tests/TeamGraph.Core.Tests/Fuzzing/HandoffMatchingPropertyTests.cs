using CsCheck;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion.Building;
using TeamGraph.Core.Ingestion.Matching;
using TeamGraph.Core.Ingestion.Resolution;
using static TeamGraph.Core.Tests.CardFactory;

namespace TeamGraph.Core.Tests.Fuzzing;

/// <summary>
/// The matcher over generated teams of two to four cards whose rows draw on names that are the same thing in other
/// words (translations, word forms, synonyms) and different things sharing words (traps), with random parties,
/// formats and Handoff Points: what must hold whatever the rows say.
/// </summary>
public sealed class HandoffMatchingPropertyTests
{
    private static readonly string[] Codes = ["AA", "BB", "CC", "DD"];

    private static Gen<string> OneOf(string[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    private static readonly string[] Names =
    [
        "Release notes", "Release candidate", "Заметки о релизе", "Release sign-off", "Release approval", "Согласование релиза",
        "Оценки и технические риски", "Estimates and technical risks", "Estimate", "Отчёт о тестировании", "Отчёты тестирования",
        "Test results and bug reports", "Test results", "Bug reports", "HL7 ADT feed", "HL7 ORU results feed", "Deployment status",
        "Статус деплоя", "Signing keys", "Ключи подписи", "Roadmap", "Роадмап интеграций", "", "Weekly plan",
    ];

    private static readonly string[] Formats = ["", "Jira", "Slack", "Jira / Slack", "Confluence", "Email"];

    private static readonly string[] Moments = ["Estimate ready", "Release approved", "Deploy finished", "Test results ready", "PR approved"];

    private static readonly Gen<FlowEntry> Row =
        Gen.Select(Gen.Int[0, Codes.Length], OneOf(Names), OneOf(Formats), Gen.Int[1, 400])
            .Select(r => Flow("x", r.Item4, r.Item1 == Codes.Length ? "Team" : Codes[r.Item1], r.Item2, r.Item3.Length == 0 ? null : r.Item3));

    private static readonly Gen<RoleCard> Cards =
        Gen.Select(Gen.Int[0, Codes.Length - 1], Row.Array[0, 6], Row.Array[0, 6], Gen.Select(OneOf(Moments), Gen.Int[0, Codes.Length - 1]).Array[0, 3])
            .Select(c =>
            {
                var path = $"roles/{Codes[c.Item1].ToLowerInvariant()}.md";
                return Card(path, Codes[c.Item1], $"Role {Codes[c.Item1]}") with
                {
                    Inputs = [.. c.Item2.Select((r, i) => r with { Source = new SourceRef(path, 100 + i) })],
                    Outputs = [.. c.Item3.Select((r, i) => r with { Source = new SourceRef(path, 200 + i) })],
                    HandoffPoints = [.. c.Item4.Select((p, i) => new HandoffPointEntry(p.Item1, Party(Codes[p.Item2], Codes[p.Item2]), null, new SourceRef(path, 300 + i)))],
                };
            });

    private static readonly Gen<RoleCard[]> Teams = Cards.Array[2, 4].Select(cards => cards.DistinctBy(c => c.Path).ToArray());

    [Fact]
    public void GeneratedTeams_EveryDeclarationOfAHandoffHasItsParties() =>
        Teams.Sample(cards =>
        {
            var graph = Build(cards);
            foreach (var handoff in graph.Nodes.Where(n => n.Label == NodeLabels.Handoff))
            {
                var giver = graph.Relationships.Single(r => r.Type == RelationshipTypes.Gives && r.EndId == handoff.Id).StartId;
                var receivers = graph.Relationships.Where(r => r.Type == RelationshipTypes.To && r.StartId == handoff.Id).Select(r => r.EndId).ToHashSet();
                var parties = receivers.Append(giver).ToHashSet();
                foreach (var declaration in graph.Relationships.Where(r => r.Type == RelationshipTypes.Declares && r.EndId == handoff.Id))
                {
                    var declared = declaration.Get(DeclaresProperties.Receivers).Append(declaration.Get(DeclaresProperties.Giver));
                    Assert.True(declared.All(p => parties.Contains(p) || p == "group:team" || parties.Contains("group:team")),
                        $"{handoff.Id} ({string.Join('+', handoff.Get(HandoffProperties.MatchedBy))}) holds {declaration.Source} naming {string.Join(", ", declared)}; it holds: "
                        + string.Join("; ", graph.Relationships.Where(r => r.Type == RelationshipTypes.Declares && r.EndId == handoff.Id)
                            .Select(d => $"{d.Source} {d.Get(DeclaresProperties.Side)} {d.Get(DeclaresProperties.Giver)}>{string.Join(',', d.Get(DeclaresProperties.Receivers))} '{d.Get(DeclaresProperties.What)}' {d.Get(DeclaresProperties.Format)}")));
                }
            }
        }, iter: 300);

    [Fact]
    public void GeneratedTeams_OrderOfTheCardsDoesNotMatter() =>
        Teams.Sample(cards =>
        {
            Assert.Equal(Describe(Build(cards)), Describe(Build([.. cards.Reverse()])));
        }, iter: 300);

    [Fact]
    public void GeneratedTeams_ProbableExactlyWhenEliminationJoinedAHandoffBothSidesDeclare() =>
        Teams.Sample(cards =>
        {
            foreach (var handoff in Build(cards).Nodes.Where(n => n.Label == NodeLabels.Handoff))
            {
                var status = handoff.Get(HandoffProperties.Status);
                var matchedBy = handoff.Get(HandoffProperties.MatchedBy);
                Assert.InRange(handoff.Get(HandoffProperties.Confidence), 0.01, 1.0);
                Assert.Equal(matchedBy.Count == 0, handoff.Get(HandoffProperties.Sources).Count == 1);
                if (status == HandoffStatus.Probable)
                {
                    Assert.Contains(MatchMethod.Elimination, matchedBy);
                }
                else if (status == HandoffStatus.Confirmed)
                {
                    Assert.DoesNotContain(MatchMethod.Elimination, matchedBy);
                }
            }
        }, iter: 300);

    private static PropertyGraph Build(RoleCard[] cards) =>
        TeamGraphBuilder.Build(TeamRegistry.Empty, [.. cards.Select(c => Document(c))], new List<Diagnostic>());

    private static List<string> Describe(PropertyGraph graph) =>
    [
        .. graph.Nodes.Where(n => n.Label == NodeLabels.Handoff)
            .Select(h => $"{h.Id} {h.Get(HandoffProperties.Status)} {string.Join('+', h.Get(HandoffProperties.MatchedBy))} "
                + $"{h.Get(HandoffProperties.Confidence)} {string.Join(' ', h.Get(HandoffProperties.Sources).Select(s => s.ToString()).Order(StringComparer.Ordinal))}")
            .Order(StringComparer.Ordinal),
    ];
}
