using GraphQL.Types;
using TeamGraph.Core.Graph;

namespace TeamGraph.GraphQL.Types;

/// <summary>The card's authority, communication and quality tables, and the document it is written in.</summary>
internal sealed partial class RoleType
{
    private void AddCardTables()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApprovalType>>>>("approvals")
            .Description("The rows of the role's needs-approval table (⚠️): decisions it takes only with someone's sign-off.")
            .Resolve(c => c.Batches().Approvals.Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EscalationType>>>>("escalations")
            .Description("The rows of the role's escalation table (🔴): situations it must tell someone about.")
            .Resolve(c => c.Batches().Escalations.Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunicationType>>>>("communications")
            .Description("The rows of the role's communication table: with whom, how often, in what form.")
            .ResolveRead(c => c.Neighbours(c.Source, RelationshipTypes.Meets).Then(Communication.Rows));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QualityStandardType>>>>("qualityStandards")
            .Description("The rows of the role's quality standards table: aspect and criterion.")
            .ResolveRead(c => c.Neighbours(c.Source, RelationshipTypes.HasQualityStandard));
        Field<DocumentType>("document").Description("The document the role's card is written in; null for a role without a card.")
            .ResolveRead(c => c.Neighbours(c.Source, RelationshipTypes.DescribedIn).Then(documents => documents.Select(d => d.Node).FirstOrDefault()));
    }
}
