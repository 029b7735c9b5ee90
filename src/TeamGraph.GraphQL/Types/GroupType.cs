using GraphQL.Types;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Types;

/// <summary>A group of roles, such as Developers.</summary>
internal sealed class GroupType : ObjectGraphType<GraphNode>
{
    public GroupType()
    {
        Name = "Group";
        Description = "A group of roles named in the team registry or on cards, such as Developers.";
        Interface<ActorInterface>();
        IsTypeOf = value => value is GraphNode { Label: NodeLabels.Group };
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.DisplayName);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleType>>>>("members")
            .Description("The roles that are members of the group.")
            .ResolveRead(c => c.Neighbours(c.Source, RelationshipTypes.MemberOf, RelationshipDirection.Incoming)
                .Then(members => members.Select(n => n.Node).Where(n => n.Label == NodeLabels.Role).ToList()));
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => c.Source.Source);
    }
}
