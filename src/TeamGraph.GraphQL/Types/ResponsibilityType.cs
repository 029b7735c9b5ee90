using GraphQL.Types;
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
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => NodeValues.Text(c.Source.Node.Properties, "text") ?? c.Source.Node.Id);
        Field<StringGraphType>("kind").Resolve(c => NodeValues.Text(c.Source.Relationship.Properties, "kind"));
        Field<StringGraphType>("share").Resolve(c => NodeValues.Text(c.Source.Node.Properties, "share"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("details").Resolve(c => NodeValues.Texts(c.Source.Node.Properties, "details"));
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => NodeValues.Source(c.Source.Relationship.Properties));
    }
}
