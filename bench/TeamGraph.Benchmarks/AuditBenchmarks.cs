using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TeamGraph.Core.Audit;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Benchmarks;

/// <summary>
/// Each audit rule on its own, over generated teams of 50, 500 and 5,000 roles in both shapes (<see cref="TeamShape"/>),
/// so a rule whose cost grows faster than the team shows as a ratio above 10 between 5,000 and 500 roles. "(context)"
/// is building the lookups every rule shares. The ingest is not timed: it runs once per team, in the process, and the
/// cases of one team reuse it (in-process toolchain), since a 5,000-role ingest takes longer than most rules.
/// Usage: dotnet run -c Release --project bench/TeamGraph.Benchmarks -- --filter '*AuditBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class AuditBenchmarks
{
    private const string ContextCase = "(context)";
    private static (int Roles, TeamShape Shape, IngestionResult Ingest)? _lastTeam;
    private IngestionResult _ingest = null!;
    private AuditContext _context = null!;
    private IAuditRule? _rule;

    [ParamsSource(nameof(RoleCounts))]
    public int Roles { get; set; }

    [Params(TeamShape.Plain, TeamShape.Varied)]
    public TeamShape Shape { get; set; }

    [ParamsSource(nameof(RuleNames))]
    public string Rule { get; set; } = "";

    /// <summary>50, 500 and 5,000, or the sizes in TEAMGRAPH_AUDIT_ROLES ("5000", "50,500") to rerun some.</summary>
    public static IEnumerable<int> RoleCounts =>
        Environment.GetEnvironmentVariable("TEAMGRAPH_AUDIT_ROLES") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
            : [50, 500, 5000];

    public static IEnumerable<string> RuleNames => [ContextCase, .. TeamAuditor.Rules.Select(TeamAuditor.RuleName)];

    [GlobalSetup]
    public void Setup()
    {
        if (_lastTeam is not { } team || team.Roles != Roles || team.Shape != Shape)
        {
            _lastTeam = null;
            var folder = SyntheticTeam.Write(Roles, shape: Shape);
            team = (Roles, Shape, new FolderIngester().Ingest(folder));
            Directory.Delete(folder, recursive: true);
            _lastTeam = team;
        }

        _ingest = team.Ingest;
        _context = NewContext();
        _rule = TeamAuditor.Rules.SingleOrDefault(r => TeamAuditor.RuleName(r) == Rule);
    }

    /// <summary>The findings' count; for "(context)", the relationships the context indexed.</summary>
    [Benchmark]
    public int Check() => _rule is null ? NewContext().Graph.Relationships.Count : _rule.Check(_context).Count();

    private AuditContext NewContext() => new(_ingest.Graph, _ingest.Cards, _ingest.Registry.Glossary);

    /// <summary>
    /// In process, so one ingest serves every case of a team; few iterations and a long time-out, as handoff-status on
    /// the plain 5,000-role team takes about a minute (its findings list every member of "Team": see bench/README.md).
    /// </summary>
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() =>
            AddJob(Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
                .WithWarmupCount(1).WithIterationCount(3));
    }
}
