using GraphQL.Types;
using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Types;

/// <summary>A tool a role uses (<c>USES_TOOL</c>).</summary>
internal sealed class ToolType : ObjectGraphType<GraphNeighbour>
{
    public ToolType()
    {
        Name = "Tool";
        Description = "A tool on a role's card, with what the role uses it for.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => NodeValues.Name(c.Source.Node));
        Field<StringGraphType>("usage").Resolve(c => NodeValues.Text(c.Source.Relationship.Properties, "usage"));
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => NodeValues.Source(c.Source.Relationship.Properties));
    }
}
