using GraphQL.Types;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Types;

/// <summary>A row of a role's quality standards table (<c>HAS_QUALITY_STANDARD</c>).</summary>
internal sealed class QualityStandardType : ObjectGraphType<GraphNeighbour>
{
    public QualityStandardType()
    {
        Name = "QualityStandard";
        Description = "A row of a role's quality standards table: what is measured and the bar it must meet.";
        Field<NonNullGraphType<StringGraphType>>("aspect").Resolve(c => c.Source.Node.Get(QualityStandardProperties.Aspect));
        Field<StringGraphType>("criterion").Resolve(c => c.Source.Node.Get(QualityStandardProperties.Criterion));
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => c.Source.Relationship.Source);
    }
}
