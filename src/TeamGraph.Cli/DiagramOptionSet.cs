using System.CommandLine;
using TeamGraph.Core.Diagrams;
using TeamGraph.Core.Queries;

namespace TeamGraph.Cli;

/// <summary>
/// The scope, kinds and format options of a diagram, parsed in one place for <c>teamgraph diagram</c> (added to its
/// command) and for the blocks of <c>teamgraph docs sync</c> (<see cref="Parse"/>), so both accept the same syntax.
/// </summary>
internal sealed partial class DiagramOptionSet
{
    private const int MaxDepth = QueryLimits.MaxReachHops;

    private readonly Option<bool> _team = new("--team") { Description = "Draw the whole team (the default scope)." };
    private readonly Option<string> _role = RoleOption("--role", "Draw this role (code, name or alias) and its neighbours.");
    private readonly Option<int> _depth = RangeOption("--depth", "How many relationships away from --role to reach.", 1, MaxDepth);
    private readonly Option<string> _from = RoleOption("--from", "Draw the handoff chains from this role (with --to).");
    private readonly Option<string> _to = RoleOption("--to", "Draw the handoff chains to this role (with --from).");
    private readonly Option<int> _maxHops = RangeOption("--max-hops", "The longest chain drawn (with --from/--to).", QueryLimits.DefaultChainHops, QueryLimits.MaxChainHops);
    private readonly Option<int> _maxPaths = RangeOption("--max-paths", "The most chains drawn (with --from/--to).", QueryLimits.DefaultChainPaths, QueryLimits.MaxChainPaths);
    private readonly Option<string> _roles = RoleOption("--roles", "Draw these roles (comma-separated) and what connects them.");
    private readonly Option<string> _kinds = KindsOption();
    private readonly Option<string> _format = FormatOption();
    private readonly Option<string> _title = new("--title") { Description = "The title drawn above the diagram, instead of one saying what it shows." };
    private readonly Option<bool> _legend = new("--legend") { Description = "Always draw the legend of line styles (by default only when more than one style is drawn)." };
    private readonly Option<bool> _noLegend = new("--no-legend") { Description = "Draw no legend." };
    private readonly Option<string> _merge = MergeOption();
    private readonly Option<string> _statuses = StatusesOption();
    private readonly Option<string> _groups = RoleOption("--groups", "Draw only the members of these groups (comma-separated names), with their relationships.");
    private readonly Option<bool> _documented = new("--documented") { Description = "Draw only the roles with a card, with their relationships." };
    private readonly Option<bool> _undocumented = new("--undocumented") { Description = "Draw only the roles without a card, with their relationships." };

    /// <summary>The <c>--format</c> values, by name.</summary>
    public static IReadOnlyDictionary<string, DiagramFormat> Formats { get; } = new Dictionary<string, DiagramFormat>(StringComparer.Ordinal)
    {
        ["mermaid"] = DiagramFormat.Mermaid,
        ["dot"] = DiagramFormat.Dot,
        ["plantuml"] = DiagramFormat.PlantUml,
    };

    /// <summary>The <c>--merge-handoffs</c> values, by name.</summary>
    public static IReadOnlyDictionary<string, DiagramMergeMode> MergeModes { get; } = new Dictionary<string, DiagramMergeMode>(StringComparer.Ordinal)
    {
        ["auto"] = DiagramMergeMode.Auto,
        ["always"] = DiagramMergeMode.Always,
        ["never"] = DiagramMergeMode.Never,
    };

    /// <summary>Adds every option to <paramref name="command"/>, and the checks that combine them.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[]
        {
            _team, _role, _depth, _from, _to, _maxHops, _maxPaths, _roles, _kinds, _format,
            _title, _legend, _noLegend, _merge, _statuses, _groups, _documented, _undocumented,
        })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(Validate);
    }

    /// <summary>The options of a parse that had no errors.</summary>
    public DiagramOptions Read(ParseResult parseResult)
    {
        var kinds = ParseKinds(parseResult.GetValue(_kinds)).Kinds;
        var format = Formats[parseResult.GetRequiredValue(_format)];
        var (scope, roles) = parseResult.GetValue(_role) is { } role ? (DiagramScopeKind.Neighbourhood, [role])
            : parseResult.GetValue(_from) is { } from ? (DiagramScopeKind.Chains, [from, parseResult.GetRequiredValue(_to)])
            : parseResult.GetValue(_roles) is { } list ? (DiagramScopeKind.Roles, SplitList(list))
            : (DiagramScopeKind.Team, new List<string>());
        return new DiagramOptions(scope, roles, parseResult.GetValue(_depth), parseResult.GetValue(_maxHops), parseResult.GetValue(_maxPaths), kinds, format)
        {
            Title = parseResult.GetValue(_title),
            Legend = parseResult.GetValue(_legend) ? true : parseResult.GetValue(_noLegend) ? false : null,
            MergeParallel = MergeModes[parseResult.GetRequiredValue(_merge)],
            Statuses = parseResult.GetValue(_statuses) is { } statuses ? ParseStatuses(statuses).Statuses : null,
            Groups = parseResult.GetValue(_groups) is { } groups ? SplitList(groups) : null,
            Documented = parseResult.GetValue(_documented) ? true : parseResult.GetValue(_undocumented) ? false : null,
        };
    }

    /// <summary>
    /// Parses <paramref name="arguments"/> as a docs block's options (no folder, no <c>-o</c>, no response files):
    /// the options, or the errors.
    /// </summary>
    public static (DiagramOptions? Options, IReadOnlyList<string> Errors) Parse(IReadOnlyList<string> arguments)
    {
        var set = new DiagramOptionSet();
        var command = new Command("teamgraph:diagram");
        set.AddTo(command);
        var result = command.Parse(arguments, new ParserConfiguration { ResponseFileTokenReplacer = null });
        return result.Errors.Count > 0 ? (null, [.. result.Errors.Select(e => e.Message)]) : (set.Read(result), []);
    }
}
