using TeamGraph.Core.Graph;
using TeamGraph.Core.Queries;

namespace TeamGraph.Core.Tests.Queries;

/// <summary>Chains and reachability on hundreds of seeded random teams, against the naive specification.</summary>
public class HandoffChainPropertyTests
{
    private const int Teams = 300;

    [Fact]
    public void FindHandoffChains_OnRandomTeams_AgreesWithBruteForce()
    {
        for (var seed = 0; seed < Teams; seed++)
        {
            var random = new Random(seed);
            var graph = RandomTeam.Generate(random);
            var queries = new TeamGraphQueries(graph);
            var actors = graph.Nodes.Where(n => n.Label != NodeLabels.Handoff).Select(n => n.Id).ToList();
            for (var query = 0; query < 5; query++)
            {
                var (from, to) = (actors[random.Next(actors.Count)], actors[random.Next(actors.Count)]);
                var (maxHops, maxPaths) = (random.Next(1, 6), random.Next(1, 20));
                var expected = BruteForceChains.Find(graph, from, to, maxHops, maxPaths).Select(p => string.Join(" ", p));
                var actual = queries.FindHandoffChains(from, to, maxHops, maxPaths, TestContext.Current.CancellationToken)
                    .Select(c => string.Join(" ", c.Hops.Select(h => new BruteForceChains.Step(h.FromId, h.ToId, h.HandoffId, h.FromGroup, h.ViaGroup))));
                Assert.True(expected.SequenceEqual(actual), $"seed {seed}, {from} -> {to}, {maxHops} hops, {maxPaths} paths:\n"
                    + $"expected\n  {string.Join("\n  ", expected)}\nactual\n  {string.Join("\n  ", actual)}");
            }
        }
    }

    [Fact]
    public void FindHandoffChains_OnRandomTeams_ReturnsSimplePathsOfRealHandoffsShortestFirst()
    {
        for (var seed = 0; seed < Teams; seed++)
        {
            var random = new Random(seed);
            var graph = RandomTeam.Generate(random);
            var queries = new TeamGraphQueries(graph);
            var roles = graph.Nodes.Where(n => n.Label == NodeLabels.Role).Select(n => n.Id).ToList();
            var (from, to, maxHops) = (roles[random.Next(roles.Count)], roles[random.Next(roles.Count)], random.Next(1, 7));
            var chains = queries.FindHandoffChains(from, to, maxHops, QueryLimits.MaxChainPaths, TestContext.Current.CancellationToken);

            Assert.True(chains.Select(c => c.Length).SequenceEqual(chains.Select(c => c.Length).Order()), $"seed {seed}: lengths out of order");
            foreach (var chain in chains)
            {
                Assert.InRange(chain.Length, 1, maxHops);
                Assert.Equal(from, chain.ActorIds[0]);
                Assert.Equal(to, chain.ActorIds[^1]);
                Assert.Equal(chain.ActorIds.Count, chain.ActorIds.Distinct().Count());
                Assert.All(chain.Hops, hop => Assert.True(IsRealHandoff(graph, hop), $"seed {seed}: {hop} is not in the graph"));
            }
        }
    }

    [Fact]
    public void FindReachableActors_OnRandomTeams_AgreesWithBruteForceBothWays()
    {
        for (var seed = 0; seed < Teams; seed++)
        {
            var random = new Random(seed);
            var graph = RandomTeam.Generate(random);
            var queries = new TeamGraphQueries(graph);
            var actors = graph.Nodes.Where(n => n.Label != NodeLabels.Handoff).Select(n => n.Id).ToList();
            var maxHops = random.Next(1, 5);
            foreach (var (start, direction) in actors.SelectMany(a => ((HandoffDirection[])[HandoffDirection.Downstream, HandoffDirection.Upstream]).Select(d => (a, d))))
            {
                var reached = queries.FindReachableActors(start, direction, maxHops, TestContext.Current.CancellationToken);
                var expected = BruteForceChains.ShortestHops(graph, start, maxHops, upstream: direction == HandoffDirection.Upstream)
                    .OrderBy(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal);
                Assert.True(expected.Select(p => (p.Key, p.Value)).SequenceEqual(reached.Select(r => (r.Id, r.Hops))),
                    $"seed {seed}, {direction} of {start} within {maxHops}:\nexpected {string.Join(", ", expected)}\nactual {string.Join(", ", reached)}");
            }
        }
    }

    private static bool IsRealHandoff(PropertyGraph graph, HandoffHop hop)
    {
        bool Has(string type, string start, string end) => graph.Relationships.Any(r => r.Type == type && r.StartId == start && r.EndId == end);
        return Has(RelationshipTypes.Gives, hop.FromGroup ?? hop.FromId, hop.HandoffId)
            && Has(RelationshipTypes.To, hop.HandoffId, hop.ViaGroup ?? hop.ToId)
            && (hop.FromGroup is null || Has(RelationshipTypes.MemberOf, hop.FromId, hop.FromGroup))
            && (hop.ViaGroup is null || Has(RelationshipTypes.MemberOf, hop.ToId, hop.ViaGroup));
    }
}
