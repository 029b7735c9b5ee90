using GraphQL.Types;

namespace TeamGraph.GraphQL.Types;

/// <summary>Counts of what is served.</summary>
internal sealed class StatsType : ObjectGraphType<TeamStats>
{
    public StatsType()
    {
        Name = "Stats";
        Description = "Counts of what is served.";
        Field(s => s.Documents).Description("Markdown files read.");
        Field(s => s.Nodes);
        Field(s => s.Relationships);
        Field(s => s.Roles).Description("Roles, documented or not.");
        Field(s => s.DocumentedRoles).Description("Roles with a card.");
        Field(s => s.Handoffs);
        Field(s => s.Errors).Description("Ingest diagnostics of severity error.");
        Field(s => s.Warnings).Description("Ingest diagnostics of severity warning.");
        Field(s => s.Findings).Description("Audit findings.");
    }
}
