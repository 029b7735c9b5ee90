using GraphQL.Types;
using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Types;

/// <summary>A decision a role takes alone (✅).</summary>
internal sealed class DecisionType : ObjectGraphType<GraphNeighbour>
{
    public DecisionType()
    {
        Name = "Decision";
        Description = "A decision the role takes alone.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Node.Id);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => NodeValues.Text(c.Source.Node.Properties, "text") ?? c.Source.Node.Id);
        Field<StringGraphType>("example").Resolve(c => NodeValues.Text(c.Source.Node.Properties, "example"));
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => NodeValues.Source(c.Source.Relationship.Properties));
    }
}
