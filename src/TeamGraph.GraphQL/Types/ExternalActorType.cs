using GraphQL.Types;
using TeamGraph.Core.Graph;

namespace TeamGraph.GraphQL.Types;

/// <summary>A party outside the team, such as Customers.</summary>
internal sealed class ExternalActorType : ObjectGraphType<GraphNode>
{
    public ExternalActorType()
    {
        Name = "ExternalActor";
        Description = "A party outside the team, such as Customers or Carriers.";
        Interface<ActorInterface>();
        IsTypeOf = value => value is GraphNode { Label: NodeLabels.ExternalActor };
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.DisplayName);
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => c.Source.Source);
    }
}
