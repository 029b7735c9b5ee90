using GraphQL.Types;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Types;

/// <summary>A responsibility on a role's card.</summary>
internal sealed class ResponsibilityType : ObjectGraphType<GraphNeighbour>
{
    public ResponsibilityType()
    {
        Name = "Responsibility";
        Description = "A responsibility on a role's card.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Node.Id);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Node.Get(ResponsibilityProperties.Text));
        Field<StringGraphType>("kind").Resolve(c => c.Source.Relationship.Get(HasResponsibilityProperties.Kind));
        Field<StringGraphType>("share").Resolve(c => c.Source.Node.Get(ResponsibilityProperties.Share));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("details").Resolve(c => c.Source.Node.Get(ResponsibilityProperties.Details));
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => c.Source.Relationship.Source);
    }
}
