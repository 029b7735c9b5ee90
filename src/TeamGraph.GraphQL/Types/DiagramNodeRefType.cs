using GraphQL.Types;

namespace TeamGraph.GraphQL.Types;

/// <summary><c>DiagramNodeRef { key id label cluster actor }</c>.</summary>
internal sealed class DiagramNodeRefType : ObjectGraphType<DiagramNodeRef>
{
    public DiagramNodeRefType()
    {
        Name = "DiagramNodeRef";
        Description = "An actor drawn in a diagram, with the key that names it in the diagram's text, so a page can find its shape.";
        Field<NonNullGraphType<StringGraphType>>("key")
            .Description("The node's id in the text: the mermaid node or subgraph id, the DOT node id (a group drawn as a box is the "
                + "cluster `cluster_` + key), the PlantUML alias.")
            .Resolve(c => c.Source.Node.Key);
        Field<NonNullGraphType<IdGraphType>>("id").Description("The actor's node id (`role:DO`).").Resolve(c => c.Source.Node.Id);
        Field<NonNullGraphType<StringGraphType>>("label").Description("The text drawn.").Resolve(c => c.Source.Node.Label);
        Field<NonNullGraphType<BooleanGraphType>>("cluster").Description("A group drawn as a box around its members.").Resolve(c => c.Source.Cluster);
        Field<NonNullGraphType<ActorInterface>>("actor").ResolveRead(c => c.Node(c.Source.Node.Id));
    }
}
