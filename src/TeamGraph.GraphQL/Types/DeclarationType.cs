using GraphQL.Types;
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
            .Resolve(c => NodeValues.Source(c.Source.Relationship.Properties).Path);
        Field<NonNullGraphType<IntGraphType>>("line").Resolve(c => NodeValues.Source(c.Source.Relationship.Properties).Line);
        Field<NonNullGraphType<StringGraphType>>("side").Description("The table: input, output or handoff-point.")
            .Resolve(c => NodeValues.Text(c.Source.Relationship.Properties, "side") ?? "");
        Field<StringGraphType>("what").Description("What this row says is handed over.")
            .Resolve(c => NodeValues.Text(c.Source.Relationship.Properties, "what"));
        Field<StringGraphType>("format").Resolve(c => NodeValues.Text(c.Source.Relationship.Properties, "format"));
    }
}
