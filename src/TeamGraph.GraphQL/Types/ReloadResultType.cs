using GraphQL.Types;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.GraphQL.Types;

/// <summary>How a reload went and what is served after it.</summary>
internal sealed class ReloadResultType : ObjectGraphType<ReloadReport>
{
    public ReloadResultType()
    {
        Name = "ReloadResult";
        Description = "How a reload went: of the docs folder, or (with the Neo4j store) of what Neo4j holds. The counts describe the graph served after it: the new one, or the last good one when the reload failed.";
        Field(r => r.Succeeded).Description("Whether the source was read; a reload that found nothing new also succeeds.");
        Field(r => r.Message).Description("What happened: the counts, or why the source was not reloaded.");
        Field<NonNullGraphType<IntGraphType>>("documents").Description("Markdown files in the served graph.").Resolve(c => c.Source.Served.Counts.Documents);
        Field<NonNullGraphType<IntGraphType>>("nodes").Resolve(c => c.Source.Served.Counts.Nodes);
        Field<NonNullGraphType<IntGraphType>>("relationships").Resolve(c => c.Source.Served.Counts.Relationships);
        Field<NonNullGraphType<IntGraphType>>("errors").Description("Ingest diagnostics of severity error in the served graph.").Resolve(c => c.Source.Served.Counts.Errors);
        Field<NonNullGraphType<IntGraphType>>("warnings").Description("Ingest diagnostics of severity warning in the served graph.").Resolve(c => c.Source.Served.Counts.Warnings);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("attemptedAt").Description("When the reload started.").Resolve(c => c.Source.AttemptedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiagnosticType>>>>("diagnostics")
            .Description("The diagnostics of severity error in the served graph, in path order: what `errors` counts.")
            .Resolve(c => c.Source.Served.Errors);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("loadedAt").Description("When the served graph was ingested.").Resolve(c => c.Source.Served.IngestedAt);
    }
}
