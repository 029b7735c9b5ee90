using GraphQL;
using GraphQL.Types;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Queries;
using TeamGraph.GraphQL.Costs;

namespace TeamGraph.GraphQL.Types;

/// <summary>Authority rows, search, the audit and the counts.</summary>
internal sealed partial class QueryType
{
    private void AddTeam()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EscalationType>>>>("escalations")
            .Description("Escalation rows whose situation has every word of `situation`; all of them when it is absent.")
            .Argument<StringGraphType>("situation")
            .ResolveAsync(async c => await c.Reader().FindEscalationsAsync(c.GetArgument<string?>("situation"), c.CancellationToken).ConfigureAwait(false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApprovalType>>>>("approvals")
            .Description("Needs-approval rows whose decision has every word of `decision`; all of them when it is absent.")
            .Argument<StringGraphType>("decision")
            .ResolveAsync(async c => await c.Reader().FindApprovalsAsync(c.GetArgument<string?>("decision"), c.CancellationToken).ConfigureAwait(false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("search")
            .Description("Responsibilities, decisions, rows, handoffs, artifacts, skills and tools in which every word starts a word; best first.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<IntGraphType>("first", a => a.DefaultValue = QueryLimits.DefaultSearchHits)
            .WithCost(QueryFieldCosts.Search)
            .ResolveAsync(async c => await c.Reader().SearchAsync(c.GetArgument<string>("text"), Positive(c, "first", QueryLimits.DefaultSearchHits), c.CancellationToken)
                .ConfigureAwait(false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditFindingType>>>>("audit")
            .Description("Where the documentation disagrees with itself, most severe first.")
            .WithCost(QueryFieldCosts.Audit)
            .ResolveAsync(async c => (await c.AuditedReportAsync().ConfigureAwait(false)).Findings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("documents")
            .Description("Every document read or linked to, sorted by id.")
            .ResolveAsync(async c => await c.Reader().GetNodesLabelledAsync(NodeLabels.Document, c.CancellationToken).ConfigureAwait(false));
        Field<NonNullGraphType<StatsType>>("stats").Description("Counts of what is served.")
            .ResolveAsync(async c => await c.Reader().GetCountsAsync(c.CancellationToken).ConfigureAwait(false));
    }
}
