using GraphQL.Types;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.GraphQL.Types;

/// <summary>An edge of a collaboration map (<c>COLLABORATES</c>).</summary>
internal sealed class MapEdgeType : ObjectGraphType<MapEdge>
{
    public MapEdgeType()
    {
        Name = "MapEdge";
        Description = "An edge of a collaboration map as its author wrote it.";
        Field<NonNullGraphType<ActorInterface>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<ActorInterface>>("to").Resolve(c => c.Source.To);
        Field<StringGraphType>("label").Resolve(c => c.Source.Relationship.Get(CollaboratesProperties.Label));
        Field<StringGraphType>("edgeId").Description("The id written before its link (`A e1@--> B`).").Resolve(c => c.Source.Relationship.Get(CollaboratesProperties.EdgeId));
        Field<NonNullGraphType<StringGraphType>>("stroke").Description("normal, thick, dotted, invisible, or invalid (a labelled link whose two ends disagree, kept as mermaid keeps it).").Resolve(c => c.Source.Relationship.Get(CollaboratesProperties.Stroke));
        Field<NonNullGraphType<BooleanGraphType>>("bidirectional").Description("Arrow heads at both ends.")
            .Resolve(c => c.Source.Relationship.Get(CollaboratesProperties.Bidirectional));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("classes").Resolve(c => c.Source.Relationship.Get(CollaboratesProperties.Classes));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("styles").Description("The styles of its `linkStyle` (or `linkStyle default`).")
            .Resolve(c => c.Source.Relationship.Get(CollaboratesProperties.Styles));
        Field<StringGraphType>("interpolate").Description("Its curve (`linkStyle ... interpolate`, or `curve` in its data block).")
            .Resolve(c => c.Source.Relationship.Get(CollaboratesProperties.Interpolate));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MapDatumType>>>>("data").Description("Its data block (`e1@{ ... }`).")
            .Resolve(c => MapDatum.ParseAll(c.Source.Relationship.Get(CollaboratesProperties.Data)));
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => c.Source.Relationship.Source);
    }
}
