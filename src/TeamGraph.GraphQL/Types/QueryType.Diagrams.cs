using GraphQL;
using GraphQL.Types;
using TeamGraph.Core.Diagrams;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Queries;
using TeamGraph.Core.Store;
using TeamGraph.GraphQL.Costs;

namespace TeamGraph.GraphQL.Types;

/// <summary>The <c>diagram</c> field: the CLI's diagrams over the served graph.</summary>
internal sealed partial class QueryType
{
    /// <summary>The <c>extensions.code</c> of a scope that is not exactly one scope, or has an argument out of range.</summary>
    public const string InvalidDiagramScope = "INVALID_DIAGRAM_SCOPE";

    private static readonly DiagramGenerator Generator = new();

    private void AddDiagram() =>
        Field<NonNullGraphType<DiagramType>>("diagram")
            .Description("The team, a role's neighbourhood, the handoff chains between two roles, or a set of roles, as a diagram.")
            .Argument<NonNullGraphType<DiagramScopeInputType>>("scope")
            .Argument<DiagramFormatType>("format", a => a.DefaultValue = DiagramFormat.Mermaid)
            .Argument<ListGraphType<NonNullGraphType<EdgeKindType>>>("kinds", "The relationships to draw; handoffs when absent or empty.")
            .Argument<StringGraphType>("title", "The title drawn above the diagram; by default one saying what it shows.")
            .Argument<BooleanGraphType>("legend", "A legend of the line styles drawn: true always, false never; "
                + "by default (null) when more than one style is drawn.")
            .Argument<DiagramMergeModeType>("mergeParallel", a =>
            {
                a.DefaultValue = DiagramMergeMode.Auto;
                a.Description = "Whether parallel relationships are drawn as one counted edge.";
            })
            .Argument<ListGraphType<NonNullGraphType<HandoffStatusType>>>("statuses",
                "Only the handoffs with these statuses (other kinds are kept); a neighbourhood reaches along them only. All when absent or empty.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("groups",
                "Only the members of these groups (names or node ids) and the groups themselves, with their relationships and the actors at the other ends.")
            .Argument<BooleanGraphType>("documented",
                "true: only the roles with a card, false: only those without, with their relationships and the actors at the other ends.")
            .WithCost(QueryFieldCosts.Diagram)
            .ResolveAsync(async c =>
            {
                var scope = await ScopeAsync(c, c.GetArgument<DiagramScopeInput>("scope")).ConfigureAwait(false);
                var kinds = c.GetArgument<List<EdgeKind>?>("kinds")?.ToHashSet();
                var statuses = c.GetArgument<List<string>?>("statuses")?.ToHashSet(StringComparer.Ordinal);
                var groups = await GroupIdsAsync(c, c.GetArgument<List<string>?>("groups") ?? []).ConfigureAwait(false);
                var filter = new DiagramFilter(statuses, groups, c.GetArgument<bool?>("documented"));
                var graph = await c.Reader().GetDiagramGraphAsync(c.CancellationToken).ConfigureAwait(false);
                return Generator.Generate(graph, new DiagramRequest(scope, c.GetArgument("format", DiagramFormat.Mermaid), kinds)
                {
                    Title = c.GetArgument<string?>("title"),
                    Legend = c.GetArgument<bool?>("legend"),
                    MergeParallel = c.GetArgument("mergeParallel", DiagramMergeMode.Auto),
                    Filter = filter.IsEmpty ? null : filter,
                });
            });

    /// <summary>The node ids of the groups named (by name or node id), or an <see cref="UnknownActorError"/>.</summary>
    private static async Task<List<string>> GroupIdsAsync(IResolveFieldContext context, List<string> names)
    {
        var ids = new List<string>();
        if (names.Count == 0)
        {
            return ids;
        }

        var groups = await context.Reader().GetNodesLabelledAsync(NodeLabels.Group, context.CancellationToken).ConfigureAwait(false);
        foreach (var name in names)
        {
            var group = groups.FirstOrDefault(g => string.Equals(g.Id, name, StringComparison.Ordinal)
                || string.Equals(g.DisplayName, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new UnknownActorError(name, roleOnly: false, ActorSuggestions.Closest(groups, name));
            ids.Add(group.Id);
        }

        return [.. ids.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The scope with its roles resolved to node ids, or a GraphQL error saying what is wrong with it.</summary>
    private static async Task<DiagramScope> ScopeAsync(IResolveFieldContext context, DiagramScopeInput input)
    {
        var given = new[]
        {
            input.Team is true ? "team" : null,
            input.Role is not null ? "role" : null,
            input.From is not null || input.To is not null ? "from/to" : null,
            input.Roles is not null ? "roles" : null,
        }.OfType<string>().ToList();
        Check(given.Count == 1, given.Count == 0
            ? "Give a scope: team: true, role, from with to, or roles."
            : $"Give one scope (team, role, from/to or roles), not {string.Join(" and ", given)}.");
        Check(input.Depth is null || input.Role is not null, "depth goes with role.");
        Check(input.MaxHops is null && input.MaxPaths is null || input.From is not null, "maxHops and maxPaths go with from/to.");
        Check((input.From is null) == (input.To is null), "from and to go together.");
        Check(input.Roles is not { Count: 0 }, "roles needs at least one role.");
        var depth = InRange("depth", input.Depth ?? 1, QueryLimits.MaxReachHops);
        var maxHops = InRange("maxHops", input.MaxHops ?? QueryLimits.DefaultChainHops, QueryLimits.MaxChainHops);
        var maxPaths = InRange("maxPaths", input.MaxPaths ?? QueryLimits.DefaultChainPaths, QueryLimits.MaxChainPaths);
        return given[0] switch
        {
            "role" => DiagramScope.Neighbourhood(await RoleIdAsync(context, input.Role!).ConfigureAwait(false), depth),
            "from/to" => DiagramScope.Chains(
                await RoleIdAsync(context, input.From!).ConfigureAwait(false), await RoleIdAsync(context, input.To!).ConfigureAwait(false), maxHops, maxPaths),
            "roles" => DiagramScope.Roles([.. await RoleIdsAsync(context, input.Roles!).ConfigureAwait(false)]),
            _ => DiagramScope.Team(),
        };
    }

    private static async Task<List<string>> RoleIdsAsync(IResolveFieldContext context, IReadOnlyList<string> roles)
    {
        var ids = new List<string>();
        foreach (var role in roles)
        {
            ids.Add(await RoleIdAsync(context, role).ConfigureAwait(false));
        }

        return [.. ids.Distinct(StringComparer.Ordinal)];
    }

    private static async Task<string> RoleIdAsync(IResolveFieldContext context, string role) =>
        (await context.RequireRoleAsync(role).ConfigureAwait(false)).Id;

    private static int InRange(string name, int value, int max)
    {
        Check(value >= 1 && value <= max, $"{name} must be from 1 to {max}, not {value}.");
        return value;
    }

    private static void Check(bool valid, string message)
    {
        if (!valid)
        {
            throw new ExecutionError($"Invalid diagram scope: {message}") { Code = InvalidDiagramScope };
        }
    }
}
