using GraphQL.Types;
using TeamGraph.Core.Audit;

namespace TeamGraph.GraphQL.Types;

/// <summary>One inconsistency the audit found.</summary>
internal sealed class AuditFindingType : ObjectGraphType<AuditFinding>
{
    public AuditFindingType()
    {
        Name = "AuditFinding";
        Description = "One place where the team's documentation disagrees with itself.";
        Field<NonNullGraphType<StringGraphType>>("rule").Resolve(c => c.Source.Rule);
        Field<NonNullGraphType<SeverityType>>("severity").Resolve(c => c.Source.Severity);
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Source.Message);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Resolve(c => c.Source.Sources);
        Field<GlossaryProposalType>("glossaryProposal")
            .Description("The glossary row that would tie two names of one handoff together, when the finding proposes one.")
            .Resolve(c => c.Source.GlossaryProposal);
    }
}
