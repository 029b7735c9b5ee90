using GraphQL;
using GraphQL.Types;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion.Building;
using TeamGraph.Core.Store;
using TeamGraph.GraphQL.Batching;

namespace TeamGraph.GraphQL.Types;

/// <summary>A role and the facts on its card. Every list is read through the request's batch loaders.</summary>
internal sealed partial class RoleType : ObjectGraphType<GraphNode>
{
    public RoleType()
    {
        Name = "Role";
        Description = "A role of the team and the facts on its card (an undocumented role has only what others say of it).";
        Interface<ActorInterface>();
        IsTypeOf = value => value is GraphNode { Label: NodeLabels.Role };
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Get(RoleProperties.Code));
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Get(RoleProperties.Name));
        Field<StringGraphType>("level").Resolve(c => c.Source.Get(RoleProperties.Level));
        Field<StringGraphType>("mission").Resolve(c => c.Source.Get(RoleProperties.Mission));
        Field<NonNullGraphType<BooleanGraphType>>("documented").Description("Whether the role has a card.")
            .Resolve(c => c.Source.Get(RoleProperties.Documented));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Resolve(c => c.Source.Get(RoleProperties.Aliases));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SkillType>>>>("skills").Description("Skills the role has and skills it knows.")
            .ResolveRead(c => DeferredResults.All([c.Neighbours(c.Source, RelationshipTypes.HasSkill), c.Neighbours(c.Source, RelationshipTypes.Knows)])
                .Then(lists => lists.SelectMany(l => l).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ToolType>>>>("tools").ResolveRead(c => c.Neighbours(c.Source, RelationshipTypes.UsesTool));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResponsibilityType>>>>("responsibilities")
            .ResolveRead(c => c.Neighbours(c.Source, RelationshipTypes.HasResponsibility));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DecisionType>>>>("decisions").Description("Decisions the role takes alone.")
            .ResolveRead(c => c.Neighbours(c.Source, RelationshipTypes.Decides));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HandoffType>>>>("inputs").Description("Handoffs the role receives.")
            .ResolveRead(c => c.HandoffsTo(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HandoffType>>>>("outputs").Description("Handoffs the role gives.")
            .ResolveRead(c => c.HandoffsFrom(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HandoffType>>>>("handoffPoints")
            .Description("Handoffs declared in the Handoff Points table of the role's card.")
            .ResolveRead(HandoffPoints);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorInterface>>>>("collaborators")
            .Description("Actors drawn next to the role on a collaboration map, either way.")
            .ResolveRead(c => c.Neighbours(c.Source, RelationshipTypes.Collaborates, RelationshipDirection.Both)
                .Then(neighbours => neighbours.Select(n => n.Node).DistinctBy(n => n.Id).OrderBy(n => n.Id, StringComparer.Ordinal).ToList()));
        AddCardTables();
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => c.Source.Source);
    }

    /// <summary>The documents describing the role, then what they declare: two batched loads, the second queued by the first.</summary>
    private static DeferredResult<DeferredResult<List<GraphNode>>> HandoffPoints(IResolveFieldContext<GraphNode> context) =>
        context.Neighbours(context.Source, RelationshipTypes.DescribedIn).Then(documents =>
            DeferredResults.All([.. documents.Select(d => context.Neighbours(d.Node, RelationshipTypes.Declares))]).Then(declared => declared
                .SelectMany(d => d)
                .Where(d => d.Relationship.Get(DeclaresProperties.Side) == HandoffSide.HandoffPoint)
                .Select(d => d.Node).DistinctBy(h => h.Id).OrderBy(h => h.Id, StringComparer.Ordinal).ToList()));
}
