using GraphQL.Types;
using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Types;

/// <summary>Counts of what is served, from the report of its ingest.</summary>
internal sealed class StatsType : ObjectGraphType<GraphReport>
{
    public StatsType()
    {
        Name = "Stats";
        Description = "Counts of what is served.";
        Field<NonNullGraphType<IntGraphType>>("documents").Description("Markdown files read.").Resolve(c => c.Source.Counts.Documents);
        Field<NonNullGraphType<IntGraphType>>("nodes").Resolve(c => c.Source.Counts.Nodes);
        Field<NonNullGraphType<IntGraphType>>("relationships").Resolve(c => c.Source.Counts.Relationships);
        Field<NonNullGraphType<IntGraphType>>("roles").Description("Roles, documented or not.").Resolve(c => c.Source.Counts.Roles);
        Field<NonNullGraphType<IntGraphType>>("documentedRoles").Description("Roles with a card.").Resolve(c => c.Source.Counts.DocumentedRoles);
        Field<NonNullGraphType<IntGraphType>>("handoffs").Resolve(c => c.Source.Counts.Handoffs);
        Field<NonNullGraphType<IntGraphType>>("errors").Description("Ingest diagnostics of severity error.").Resolve(c => c.Source.Counts.Errors);
        Field<NonNullGraphType<IntGraphType>>("warnings").Description("Ingest diagnostics of severity warning.").Resolve(c => c.Source.Counts.Warnings);
        Field<NonNullGraphType<IntGraphType>>("findings").Description("Audit findings.").Resolve(c => c.Source.Findings.Count);
    }
}
