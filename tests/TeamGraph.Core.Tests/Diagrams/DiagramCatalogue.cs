using TeamGraph.Core.Diagrams;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Core.Tests.Diagrams;

/// <summary>
/// Every diagram the tool checks hold against the real renderers: each scope with handoffs alone and with every kind,
/// the team with each other kind alone, on the seed team and on seeded nasty teams, in every format; generated once.
/// </summary>
internal static class DiagramCatalogue
{
    /// <summary>Random nasty teams drawn in every scope; few, since mermaid's parser costs about 2 s a diagram.</summary>
    public const int NastyTeams = 2;

    private static readonly Lazy<PropertyGraph> SeedGraph = new(() =>
        new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed")).Graph);

    private static readonly Lazy<IReadOnlyList<CataloguedDiagram>> All = new(Generate);

    public static IReadOnlySet<EdgeKind> Handoffs { get; } = new HashSet<EdgeKind> { EdgeKind.Handoff };

    public static IReadOnlySet<EdgeKind> EveryKind { get; } = Enum.GetValues<EdgeKind>().ToHashSet();

    public static PropertyGraph Seed => SeedGraph.Value;

    public static IEnumerable<CataloguedDiagram> Diagrams(DiagramFormat format) => All.Value.Where(d => d.Result.Format == format);

    private static List<CataloguedDiagram> Generate()
    {
        var requests = new List<(string Name, PropertyGraph Graph, DiagramScope Scope, IReadOnlySet<EdgeKind> Kinds)>();
        DiagramScope[] seedScopes =
        [
            DiagramScope.Team(), DiagramScope.Neighbourhood("role:DO"), DiagramScope.Neighbourhood("role:QA", 2),
            DiagramScope.Chains("role:BE", "role:QA"), DiagramScope.Roles("role:DO", "role:QA", "role:TL", "group:developers"),
        ];
        foreach (var (scope, i) in seedScopes.Select((s, i) => (s, i)))
        {
            requests.Add(($"seed-{i}-{scope.Kind}-handoffs", Seed, scope, Handoffs));
            requests.Add(($"seed-{i}-{scope.Kind}-all", Seed, scope, EveryKind));
        }

        requests.Add(("nasty-every-text", NastyTeam.EveryText(), DiagramScope.Team(), EveryKind));

        for (var seed = 0; seed < NastyTeams; seed++)
        {
            var graph = NastyTeam.Generate(seed);
            var random = new Random(seed);
            var roles = graph.Nodes.Where(n => n.Label == NodeLabels.Role).Select(n => n.Id).ToList();
            var actors = graph.Nodes.Where(n => n.Label != NodeLabels.Handoff).Select(n => n.Id).ToList();
            requests.Add(($"nasty{seed}-team", graph, DiagramScope.Team(), EveryKind));
            requests.Add(($"nasty{seed}-neighbourhood", graph, DiagramScope.Neighbourhood(actors[random.Next(actors.Count)], random.Next(1, 3)), EveryKind));
            requests.Add(($"nasty{seed}-chains", graph, DiagramScope.Chains(roles[0], roles[^1], 5, 20), EveryKind));
            requests.Add(($"nasty{seed}-roles", graph, DiagramScope.Roles([.. actors.Where(_ => random.Next(2) == 0)]), EveryKind));
        }

        var generator = new DiagramGenerator();
        return [.. requests.SelectMany(r => Enum.GetValues<DiagramFormat>().Select(format =>
            new CataloguedDiagram(r.Name, generator.Generate(r.Graph, new DiagramRequest(r.Scope, format, r.Kinds)))))];
    }
}
