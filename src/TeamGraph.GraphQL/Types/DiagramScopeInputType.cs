using GraphQL.Types;
using TeamGraph.Core.Queries;

namespace TeamGraph.GraphQL.Types;

/// <summary><c>input DiagramScope { team role depth from to maxHops maxPaths roles }</c>.</summary>
internal sealed class DiagramScopeInputType : InputObjectGraphType<DiagramScopeInput>
{
    public DiagramScopeInputType()
    {
        Name = "DiagramScope";
        Description = "The part of the team to draw: exactly one of `team: true`, `role`, `from` with `to`, or `roles`. "
            + "Roles are codes, names, aliases or node ids.";
        Field(s => s.Team, nullable: true).Description("The whole team.");
        Field(s => s.Role, type: typeof(IdGraphType)).Description("One role and the actors around it.");
        Field(s => s.Depth, nullable: true).Description($"How many relationships away from `role` to reach: 1 (the default) to {QueryLimits.MaxReachHops}.");
        Field(s => s.From, type: typeof(IdGraphType)).Description("The handoff chains from this role (with `to`).");
        Field(s => s.To, type: typeof(IdGraphType)).Description("The handoff chains to this role (with `from`).");
        Field(s => s.MaxHops, nullable: true)
            .Description($"The longest chain drawn (with `from`/`to`): {QueryLimits.DefaultChainHops} by default, at most {QueryLimits.MaxChainHops}.");
        Field(s => s.MaxPaths, nullable: true)
            .Description($"The most chains drawn (with `from`/`to`): {QueryLimits.DefaultChainPaths} by default, at most {QueryLimits.MaxChainPaths}.");
        Field(s => s.Roles, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>)).Description("These roles and what connects them.");
    }
}
