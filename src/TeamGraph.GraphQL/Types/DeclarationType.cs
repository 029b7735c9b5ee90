using GraphQL.Types;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Types;

/// <summary>One table row that declares a handoff: a <c>DECLARES</c> relationship from a document.</summary>
internal sealed class DeclarationType : ObjectGraphType<GraphNeighbour>
{
    public DeclarationType()
    {
        Name = "Declaration";
        Description = "One table row that declares a handoff.";
        Field<NonNullGraphType<StringGraphType>>("path").Description("The declaring document.")
            .Resolve(c => c.Source.Relationship.Source.Path);
        Field<NonNullGraphType<IntGraphType>>("line").Resolve(c => c.Source.Relationship.Source.Line);
        Field<NonNullGraphType<StringGraphType>>("side").Description("The table: input, output or handoff-point.")
            .Resolve(c => c.Source.Relationship.Get(DeclaresProperties.Side));
        Field<StringGraphType>("what").Description("What this row says is handed over.")
            .Resolve(c => c.Source.Relationship.Get(DeclaresProperties.What));
        Field<StringGraphType>("format").Resolve(c => c.Source.Relationship.Get(DeclaresProperties.Format));
    }
}
