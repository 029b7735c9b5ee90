using TeamGraph.Core.Audit;
using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Tests.Audit;

/// <summary>
/// <see cref="SilentCards"/> answers as listing every carded role of every silent party and filtering it (the plain
/// definition), on random teams with overlapping groups, roles without cards, two roles on one card, handoff parties
/// inside the groups, declaring cards among them, and roles also described in a document that is not their card.
/// </summary>
public class SilentCardsTests
{
    [Fact]
    public void SilentCards_RandomHandoffs_AnswerAsTheWholeListFiltered()
    {
        for (var seed = 0; seed < 500; seed++)
        {
            var random = new Random(seed);
            var (context, parties, documents) = RandomTeam(random);
            var undeclared = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pick(random, parties)).ToList();
            var handoffParties = Enumerable.Range(0, random.Next(0, 5)).Select(_ => Pick(random, parties)).ToHashSet(StringComparer.Ordinal);
            var declaring = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pick(random, documents)).ToHashSet(StringComparer.Ordinal);

            var silent = new SilentCards(context, undeclared, handoffParties, declaring);

            var expected = WholeListFiltered(context, undeclared, handoffParties, declaring);
            var why = $"seed {seed}: {string.Join(" + ", undeclared)} silent, parties {string.Join(", ", handoffParties)}, declared in {string.Join(", ", declaring)}";
            Assert.True(expected.Count == silent.Count, $"{why}: count {silent.Count}, expected {expected.Count}");
            Assert.True(expected.Take(3).SequenceEqual(silent.First(3)), $"{why}: first three differ");
            Assert.True(expected.SequenceEqual(silent.First(int.MaxValue)), $"{why}: the whole list differs");
            var silentDocuments = expected.Select(r => r.DocumentId).ToHashSet(StringComparer.Ordinal);
            Assert.All(documents, d => Assert.True(silentDocuments.Contains(d) == silent.IsSilentDocument(d), $"{why}: {d}"));
        }
    }

    /// <summary>The definition: each silent party's carded roles, less a group's members that are parties and the declaring cards; each role once, by id.</summary>
    private static List<CardedRole> WholeListFiltered(AuditContext context, List<string> undeclared, HashSet<string> parties, HashSet<string> declaring) =>
        [.. undeclared
            .SelectMany(party => context.CardedRoles(party).Roles.Where(role =>
                !(context.IsGroup(party) && parties.Contains(role.Role)) && !declaring.Contains(role.DocumentId)))
            .DistinctBy(role => role.Role)
            .OrderBy(role => role.Role, StringComparer.Ordinal)];

    private static (AuditContext Context, List<string> Parties, List<string> Documents) RandomTeam(Random random)
    {
        var roles = Enumerable.Range(0, random.Next(1, 30)).Select(i => $"role:{i:D2}").ToList();
        var groups = Enumerable.Range(0, random.Next(0, 4)).Select(i => $"group:{i}").ToList();
        var documents = Enumerable.Range(0, roles.Count).Select(i => $"doc:roles/{i:D2}.md").ToList();
        var nodes = roles.Select(id => new GraphNode(id, NodeLabels.Role, new Dictionary<string, object>()))
            .Concat(groups.Select(id => new GraphNode(id, NodeLabels.Group, new Dictionary<string, object>())))
            .Concat(documents.Select(id => new GraphNode(id, NodeLabels.Document, new Dictionary<string, object>())));
        var relationships = new List<GraphRelationship>();
        foreach (var group in groups)
        {
            // Groups from a handful of members to nearly everyone, so both the scanned and the indexed lookups are used.
            var share = random.Next(1, 4);
            relationships.AddRange(roles.Where(_ => random.Next(4) < share)
                .Select(role => Relationship(RelationshipTypes.MemberOf, role, group)));
        }

        foreach (var (role, i) in roles.Select((r, i) => (r, i)))
        {
            // Most roles have their own card, some none, some share a card with the role before.
            var card = random.Next(10) switch
            {
                0 => (int?)null,
                1 when i > 0 => i - 1,
                _ => i,
            };
            if (card is { } c)
            {
                relationships.Add(Relationship(RelationshipTypes.DescribedIn, role, documents[c], $"{documents[c][4..]}:1"));
            }

            // Now and then a role is also described in another document, which is not its card.
            if (random.Next(8) == 0 && documents[random.Next(documents.Count)] is var other && other != documents[card ?? 0])
            {
                relationships.Add(Relationship(RelationshipTypes.DescribedIn, role, other, $"{other[4..]}:1"));
            }
        }

        return (new AuditContext(new PropertyGraph(nodes, relationships), []), [.. roles, .. groups], documents);
    }

    private static GraphRelationship Relationship(string type, string start, string end, string source = "team.md:1") =>
        new($"{type}:{start}->{end}", type, start, end, new Dictionary<string, object> { ["source"] = source });

    private static string Pick(Random random, List<string> items) => items[random.Next(items.Count)];
}
