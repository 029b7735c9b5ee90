using GraphQL.Types;
using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Types;

/// <summary>Counts of what is served, from the report of its ingest; the count of findings waits for the audit.</summary>
internal sealed class StatsType : ObjectGraphType<GraphCounts>
{
    public StatsType()
    {
        Name = "Stats";
        Description = "Counts of what is served.";
        Field<NonNullGraphType<IntGraphType>>("documents").Description("Markdown files read.").Resolve(c => c.Source.Documents);
        Field<NonNullGraphType<IntGraphType>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<IntGraphType>>("relationships").Resolve(c => c.Source.Relationships);
        Field<NonNullGraphType<IntGraphType>>("roles").Description("Roles, documented or not.").Resolve(c => c.Source.Roles);
        Field<NonNullGraphType<IntGraphType>>("documentedRoles").Description("Roles with a card.").Resolve(c => c.Source.DocumentedRoles);
        Field<NonNullGraphType<IntGraphType>>("handoffs").Resolve(c => c.Source.Handoffs);
        Field<NonNullGraphType<IntGraphType>>("errors").Description("Ingest diagnostics of severity error.").Resolve(c => c.Source.Errors);
        Field<NonNullGraphType<IntGraphType>>("warnings").Description("Ingest diagnostics of severity warning.").Resolve(c => c.Source.Warnings);
        Field<NonNullGraphType<IntGraphType>>("findings").Description("Audit findings.")
            .ResolveAsync(async c => (await c.AuditedReportAsync().ConfigureAwait(false)).Findings.Count);
    }
}
