using GraphQL.Types;
using TeamGraph.Core.Graph.Schema;
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
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Node.Get(DecisionProperties.Text));
        Field<StringGraphType>("example").Resolve(c => c.Source.Node.Get(DecisionProperties.Example));
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => c.Source.Relationship.Source);
    }
}
