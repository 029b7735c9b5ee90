using TeamGraph.Core.Diagrams;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Core.Tests.Diagrams;

/// <summary>
/// Every diagram the tool checks hold against the real renderers: each scope with handoffs alone and with every kind,
/// the options (merging, legend, a nasty title, the filters), on the seed team and on seeded nasty teams, in every format; generated once.
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
        var requests = new List<(string Name, PropertyGraph Graph, DiagramRequest Request)>();
        DiagramScope[] seedScopes =
        [
            DiagramScope.Team(), DiagramScope.Neighbourhood("role:DO"), DiagramScope.Neighbourhood("role:QA", 2),
            DiagramScope.Chains("role:BE", "role:QA"), DiagramScope.Roles("role:DO", "role:QA", "role:TL", "group:developers"),
        ];
        foreach (var (scope, i) in seedScopes.Select((s, i) => (s, i)))
        {
            requests.Add(($"seed-{i}-{scope.Kind}-handoffs", Seed, new(scope, Kinds: Handoffs)));
            requests.Add(($"seed-{i}-{scope.Kind}-all", Seed, new(scope, Kinds: EveryKind)));
        }

        // The options: merged and unmerged, a legend always and never, a nasty title, each filter.
        requests.Add(("seed-team-all-merged-legend", Seed, new(DiagramScope.Team(), Kinds: EveryKind) { MergeParallel = DiagramMergeMode.Always, Legend = true }));
        requests.Add(("seed-team-never-merged-no-legend", Seed, new(DiagramScope.Team(), Kinds: Handoffs) { MergeParallel = DiagramMergeMode.Never, Legend = false }));
        requests.Add(("seed-team-filtered", Seed, new(DiagramScope.Team(), Kinds: EveryKind)
        {
            Filter = new DiagramFilter(new HashSet<string> { "ONE_SIDED", "CONFLICTING" }, ["group:developers"], Documented: true),
        }));
        foreach (var (texts, i) in NastyTeam.Texts.Chunk(6).Select((t, i) => (t, i)))
        {
            requests.Add(($"seed-nasty-title-{i}", Seed, new(DiagramScope.Roles("role:QA", "role:DO"), Kinds: EveryKind) { Title = string.Join(" ", texts) }));
        }

        requests.Add(("nasty-every-text", NastyTeam.EveryText(), new(DiagramScope.Team(), Kinds: EveryKind)));

        for (var seed = 0; seed < NastyTeams; seed++)
        {
            var graph = NastyTeam.Generate(seed);
            var random = new Random(seed);
            var roles = graph.Nodes.Where(n => n.Label == NodeLabels.Role).Select(n => n.Id).ToList();
            var actors = graph.Nodes.Where(n => n.Label != NodeLabels.Handoff).Select(n => n.Id).ToList();
            requests.Add(($"nasty{seed}-team", graph, new(DiagramScope.Team(), Kinds: EveryKind)));
            requests.Add(($"nasty{seed}-neighbourhood", graph, new(DiagramScope.Neighbourhood(actors[random.Next(actors.Count)], random.Next(1, 3)), Kinds: EveryKind)));
            requests.Add(($"nasty{seed}-chains", graph, new(DiagramScope.Chains(roles[0], roles[^1], 5, 20), Kinds: EveryKind)));
            requests.Add(($"nasty{seed}-roles", graph, new(DiagramScope.Roles([.. actors.Where(_ => random.Next(2) == 0)]), Kinds: EveryKind)));
            requests.Add(($"nasty{seed}-team-merged", graph, new(DiagramScope.Team(), Kinds: EveryKind) { MergeParallel = DiagramMergeMode.Always, Legend = true }));
        }

        var generator = new DiagramGenerator();
        return [.. requests.SelectMany(r => Enum.GetValues<DiagramFormat>().Select(format =>
        {
            var request = r.Request with { Format = format };
            var labels = DiagramViewBuilder.Build(r.Graph, request).Nodes.Select(n => n.Label).Order(StringComparer.Ordinal).ToList();
            return new CataloguedDiagram(r.Name, generator.Generate(r.Graph, request), labels);
        }))];
    }
}
