using GraphQL.Types;
using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Types;

/// <summary>A row of a role's quality standards table (<c>HAS_QUALITY_STANDARD</c>).</summary>
internal sealed class QualityStandardType : ObjectGraphType<GraphNeighbour>
{
    public QualityStandardType()
    {
        Name = "QualityStandard";
        Description = "A row of a role's quality standards table: what is measured and the bar it must meet.";
        Field<NonNullGraphType<StringGraphType>>("aspect").Resolve(c => NodeValues.Text(c.Source.Node.Properties, "aspect") ?? NodeValues.Name(c.Source.Node));
        Field<StringGraphType>("criterion").Resolve(c => NodeValues.Text(c.Source.Node.Properties, "criterion"));
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => NodeValues.Source(c.Source.Relationship.Properties));
    }
}
