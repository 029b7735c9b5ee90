using GraphQL;
using GraphQL.Types;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.GraphQL.Batching;

namespace TeamGraph.GraphQL.Types;

/// <summary>A mermaid collaboration map of a document (<c>CollaborationMap</c>), with its nodes and edges.</summary>
internal sealed class CollaborationMapType : ObjectGraphType<GraphNode>
{
    public CollaborationMapType()
    {
        Name = "CollaborationMap";
        Description = "A mermaid flowchart of a card, with everything its author wrote: nodes, edges, classes, styles, links, accessibility.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("direction").Description("TB, BT, LR or RL.").Resolve(c => c.Source.Get(CollaborationMapProperties.Direction));
        Field<StringGraphType>("title").Description("The accessible title (`accTitle`).").Resolve(c => c.Source.Get(CollaborationMapProperties.Title));
        Field<StringGraphType>("description").Description("The accessible description (`accDescr`).")
            .Resolve(c => c.Source.Get(CollaborationMapProperties.Description));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MapClassDefType>>>>("classDefs").Description("The `classDef` statements.")
            .Resolve(c => c.Source.Get(CollaborationMapProperties.ClassDefs).Select(MapClassDef.Parse).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("defaultLinkStyles").Description("The styles of `linkStyle default`.")
            .Resolve(c => c.Source.Get(CollaborationMapProperties.DefaultLinkStyles));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MapNodeType>>>>("nodes").Description("Its nodes, each with the actor it stands for, in source order.")
            .ResolveRead(c => c.Neighbours(c.Source, RelationshipTypes.Draws).Then(nodes => nodes.OrderBy(n => n.Relationship.Source.Line).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MapEdgeType>>>>("edges").Description("Its edges, in source order.").ResolveRead(Edges);
        Field<NonNullGraphType<SourceType>>("source").Description("The line of its `graph`/`flowchart` keyword.").Resolve(c => c.Source.Source);
    }

    /// <summary>The collaboration edges leaving the actors the map draws that this map (not another) draws: two batched loads.</summary>
    private static DeferredResult<DeferredResult<List<MapEdge>>> Edges(IResolveFieldContext<GraphNode> context) =>
        context.Neighbours(context.Source, RelationshipTypes.Draws).Then(drawn =>
            DeferredResults.All([.. drawn.Select(d => context.Neighbours(d.Node, RelationshipTypes.Collaborates).Then(edges => (From: d.Node, Edges: edges)))])
                .Then(all => all
                    .SelectMany(a => a.Edges.Where(e => e.Relationship.Get(CollaboratesProperties.Map) == context.Source.Id)
                        .Select(e => new MapEdge(a.From, e.Node, e.Relationship)))
                    .DistinctBy(e => e.Relationship.Id)
                    .OrderBy(e => e.Relationship.Source.Line).ThenBy(e => e.Relationship.Id, StringComparer.Ordinal)
                    .ToList()));
}
