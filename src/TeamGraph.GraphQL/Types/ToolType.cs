using GraphQL.Types;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Types;

/// <summary>A tool a role uses (<c>USES_TOOL</c>).</summary>
internal sealed class ToolType : ObjectGraphType<GraphNeighbour>
{
    public ToolType()
    {
        Name = "Tool";
        Description = "A tool on a role's card, with what the role uses it for.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Node.DisplayName);
        Field<StringGraphType>("usage").Resolve(c => c.Source.Relationship.Get(UsesToolProperties.Usage));
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => c.Source.Relationship.Source);
    }
}
