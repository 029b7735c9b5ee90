using TeamGraph.Core.Audit;
using TeamGraph.Core.Audit.Rules;
using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Tests.Audit.Rules;

/// <summary>
/// <see cref="PartyPairs"/> answers as comparing every pair with <see cref="AuditContext.SameParty"/> on both ends, on
/// random teams whose groups overlap and nest, some big enough that the index walks the other side.
/// </summary>
public class PartyPairsTests
{
    [Fact]
    public void Links_RandomTeams_AnswersAsTheBruteForceComparison()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var random = new Random(seed);
            var (context, parties) = RandomTeam(random);
            var pairs = Enumerable.Range(0, random.Next(0, 12)).Select(_ => (From: Pick(random, parties), To: Pick(random, parties))).ToList();
            var index = new PartyPairs(context);
            foreach (var (from, to) in pairs)
            {
                index.Add(from, to);
            }

            foreach (var from in parties)
            {
                foreach (var to in parties)
                {
                    var expected = pairs.Any(p => context.SameParty(from, p.From) && context.SameParty(to, p.To));
                    Assert.True(expected == index.Links(from, to), $"seed {seed}: {from} → {to}, expected {expected}");
                }
            }
        }
    }

    private static (AuditContext Context, List<string> Parties) RandomTeam(Random random)
    {
        var roles = Enumerable.Range(0, random.Next(1, 15)).Select(i => $"role:{i}").ToList();
        var groups = Enumerable.Range(0, random.Next(0, 5)).Select(i => $"group:{i}").ToList();
        var nodes = roles.Select(id => new GraphNode(id, NodeLabels.Role, new Dictionary<string, object>()))
            .Concat(groups.Select(id => new GraphNode(id, NodeLabels.Group, new Dictionary<string, object>())));
        var members = groups.SelectMany(group => roles.Concat(groups).Where(_ => random.Next(3) == 0).Select(member => (Member: member, Group: group)))
            .Distinct()
            .Select((m, i) => new GraphRelationship($"m{i}", RelationshipTypes.MemberOf, m.Member, m.Group, new Dictionary<string, object>()));
        var graph = new PropertyGraph(nodes, members);
        return (new AuditContext(graph, []), [.. roles, .. groups]);
    }

    private static string Pick(Random random, List<string> parties) => parties[random.Next(parties.Count)];
}
