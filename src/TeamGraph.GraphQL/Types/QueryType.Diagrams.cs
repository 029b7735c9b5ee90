using GraphQL;
using GraphQL.Types;
using TeamGraph.Core.Diagrams;
using TeamGraph.Core.Queries;
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
            .WithCost(QueryFieldCosts.Diagram)
            .ResolveAsync(async c =>
            {
                var scope = await ScopeAsync(c, c.GetArgument<DiagramScopeInput>("scope")).ConfigureAwait(false);
                var kinds = c.GetArgument<List<EdgeKind>?>("kinds")?.ToHashSet();
                var graph = await c.Reader().GetDiagramGraphAsync(c.CancellationToken).ConfigureAwait(false);
                return Generator.Generate(graph, new DiagramRequest(scope, c.GetArgument("format", DiagramFormat.Mermaid), kinds));
            });

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
