using GraphQL.Types;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Types;

/// <summary>A node of a collaboration map (<c>DRAWS</c>) and the actor it stands for.</summary>
internal sealed class MapNodeType : ObjectGraphType<GraphNeighbour>
{
    public MapNodeType()
    {
        Name = "MapNode";
        Description = "A node of a collaboration map as its author wrote it, and the actor it stands for.";
        Field<NonNullGraphType<ActorInterface>>("actor").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<StringGraphType>>("mapId").Description("The node's id in the map (`TL` of `TL[Tech Lead]`).")
            .Resolve(c => c.Source.Relationship.Get(DrawsProperties.MapId));
        Field<StringGraphType>("label").Description("The text drawn in the node, when it has its own.").Resolve(c => c.Source.Relationship.Get(DrawsProperties.Label));
        Field<StringGraphType>("shape").Description("Mermaid's shape name from a data block (`db`), else the shape its brackets draw (`Rectangle`, `Rounded`, ...).")
            .Resolve(c => c.Source.Relationship.Get(DrawsProperties.Shape));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("classes").Description("Its classes (`:::name`, `class`).")
            .Resolve(c => c.Source.Relationship.Get(DrawsProperties.Classes));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("styles").Description("Its inline styles (`style`).")
            .Resolve(c => c.Source.Relationship.Get(DrawsProperties.Styles));
        Field<StringGraphType>("link").Description("The URL its `click` statement opens.").Resolve(c => c.Source.Relationship.Get(DrawsProperties.Link));
        Field<StringGraphType>("linkTarget").Description("Where the link opens (`_blank`, ...).").Resolve(c => c.Source.Relationship.Get(DrawsProperties.LinkTarget));
        Field<StringGraphType>("tooltip").Resolve(c => c.Source.Relationship.Get(DrawsProperties.Tooltip));
        Field<StringGraphType>("callback").Description("The callback its `click` statement calls.").Resolve(c => c.Source.Relationship.Get(DrawsProperties.Callback));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MapDatumType>>>>("data").Description("Its data block (`@{ ... }`).")
            .Resolve(c => MapDatum.ParseAll(c.Source.Relationship.Get(DrawsProperties.Data)));
        Field<StringGraphType>("subgraph").Description("The id of the innermost subgraph that holds it.").Resolve(c => c.Source.Relationship.Get(DrawsProperties.Subgraph));
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => c.Source.Relationship.Source);
    }
}
