using GraphQL.Types;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.GraphQL.Types;

/// <summary>How a reload went and what is served after it.</summary>
internal sealed class ReloadResultType : ObjectGraphType<ReloadReport>
{
    public ReloadResultType()
    {
        Name = "ReloadResult";
        Description = "How a reload of the docs folder went. The counts describe the graph served after it: the new one, or the last good one when the reload failed.";
        Field(r => r.Succeeded).Description("Whether the new graph replaced the old one.");
        Field(r => r.Message).Description("What happened: the counts, or why the folder was not reloaded.");
        Field(r => r.Documents).Description("Markdown files in the served graph.");
        Field(r => r.Nodes);
        Field(r => r.Relationships);
        Field(r => r.Errors).Description("Ingest diagnostics of severity error in the served graph.");
        Field(r => r.Warnings).Description("Ingest diagnostics of severity warning in the served graph.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("attemptedAt").Description("When the reload started.").Resolve(c => c.Source.AttemptedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiagnosticType>>>>("diagnostics")
            .Description("The diagnostics of severity error in the served graph, in path order: what `errors` counts.")
            .Resolve(c => c.Source.ErrorDiagnostics);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("loadedAt").Description("When the served graph was loaded.").Resolve(c => c.Source.LoadedAt);
    }
}
