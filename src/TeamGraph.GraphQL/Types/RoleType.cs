using GraphQL;
using GraphQL.Types;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion.Building;
using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Types;

/// <summary>A role and the facts on its card.</summary>
internal sealed class RoleType : ObjectGraphType<GraphNode>
{
    public RoleType()
    {
        Name = "Role";
        Description = "A role of the team and the facts on its card (an undocumented role has only what others say of it).";
        Interface<ActorInterface>();
        IsTypeOf = value => value is GraphNode { Label: NodeLabels.Role };
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => NodeValues.Text(c.Source.Properties, "code") ?? c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => NodeValues.Name(c.Source));
        Field<StringGraphType>("level").Resolve(c => NodeValues.Text(c.Source.Properties, "level"));
        Field<StringGraphType>("mission").Resolve(c => NodeValues.Text(c.Source.Properties, "mission"));
        Field<NonNullGraphType<BooleanGraphType>>("documented").Description("Whether the role has a card.")
            .Resolve(c => NodeValues.Flag(c.Source.Properties, "documented"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Resolve(c => NodeValues.Texts(c.Source.Properties, "aliases"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SkillType>>>>("skills").Description("Skills the role has and skills it knows.")
            .ResolveAsync(async c => (await c.NeighboursAsync(c.Source, RelationshipTypes.HasSkill).ConfigureAwait(false))
                .Concat(await c.NeighboursAsync(c.Source, RelationshipTypes.Knows).ConfigureAwait(false)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ToolType>>>>("tools")
            .ResolveAsync(async c => await c.NeighboursAsync(c.Source, RelationshipTypes.UsesTool).ConfigureAwait(false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResponsibilityType>>>>("responsibilities")
            .ResolveAsync(async c => await c.NeighboursAsync(c.Source, RelationshipTypes.HasResponsibility).ConfigureAwait(false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DecisionType>>>>("decisions").Description("Decisions the role takes alone.")
            .ResolveAsync(async c => await c.NeighboursAsync(c.Source, RelationshipTypes.Decides).ConfigureAwait(false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HandoffType>>>>("inputs").Description("Handoffs the role receives.")
            .ResolveAsync(async c => await c.Reader().GetHandoffsToAsync(c.Source.Id, c.CancellationToken).ConfigureAwait(false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HandoffType>>>>("outputs").Description("Handoffs the role gives.")
            .ResolveAsync(async c => await c.Reader().GetHandoffsFromAsync(c.Source.Id, c.CancellationToken).ConfigureAwait(false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HandoffType>>>>("handoffPoints")
            .Description("Handoffs declared in the Handoff Points table of the role's card.")
            .ResolveAsync(async c => await HandoffPointsAsync(c).ConfigureAwait(false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorInterface>>>>("collaborators")
            .Description("Actors drawn next to the role on a collaboration map, either way.")
            .ResolveAsync(async c => (await c.NeighboursAsync(c.Source, RelationshipTypes.Collaborates, RelationshipDirection.Both).ConfigureAwait(false))
                .Select(n => n.Node).DistinctBy(n => n.Id).OrderBy(n => n.Id, StringComparer.Ordinal).ToList());
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => NodeValues.Source(c.Source.Properties));
    }

    private static async Task<object?> HandoffPointsAsync(IResolveFieldContext<GraphNode> context)
    {
        var handoffs = new List<GraphNode>();
        foreach (var document in await context.NeighboursAsync(context.Source, RelationshipTypes.DescribedIn).ConfigureAwait(false))
        {
            var declared = await context.NeighboursAsync(document.Node, RelationshipTypes.Declares).ConfigureAwait(false);
            handoffs.AddRange(declared.Where(d => NodeValues.Text(d.Relationship.Properties, "side") == HandoffSide.HandoffPoint).Select(d => d.Node));
        }

        return handoffs.DistinctBy(h => h.Id).OrderBy(h => h.Id, StringComparer.Ordinal).ToList();
    }
}
