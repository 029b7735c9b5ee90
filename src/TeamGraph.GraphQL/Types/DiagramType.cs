using GraphQL.Types;
using TeamGraph.Core.Diagrams;

namespace TeamGraph.GraphQL.Types;

/// <summary><c>Diagram { format text nodeCount edgeCount nodes }</c>.</summary>
internal sealed class DiagramType : ObjectGraphType<DiagramResult>
{
    public DiagramType()
    {
        Name = "Diagram";
        Description = "A diagram of part of the team: the same text `teamgraph diagram` writes for the same scope.";
        Field<NonNullGraphType<DiagramFormatType>>("format").Resolve(c => c.Source.Format);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The diagram source, ending with a newline.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<IntGraphType>>("nodeCount").Description("How many nodes it draws.").Resolve(c => c.Source.NodeCount);
        Field<NonNullGraphType<IntGraphType>>("edgeCount").Description("How many edges it draws.").Resolve(c => c.Source.EdgeCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiagramNodeRefType>>>>("nodes")
            .Description("The actors drawn, by node id, each with its key in `text` (the legend's sample nodes are not listed).")
            .Resolve(c => c.Source.Nodes.Select(n => new DiagramNodeRef(n, c.Source.ClusterIds.Contains(n.Id))).ToList());
    }
}
