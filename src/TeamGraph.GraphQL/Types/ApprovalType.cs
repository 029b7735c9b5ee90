using GraphQL.Types;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Queries;

namespace TeamGraph.GraphQL.Types;

/// <summary>One row of a role's needs-approval table (⚠️).</summary>
internal sealed class ApprovalType : ObjectGraphType<ApprovalMatch>
{
    public ApprovalType()
    {
        Name = "Approval";
        Description = "One row of a role's needs-approval table: this decision needs these people's sign-off.";
        Field<NonNullGraphType<RoleType>>("role").ResolveRead(c => c.Node(c.Source.RoleId));
        Field<NonNullGraphType<StringGraphType>>("decision").Resolve(c => c.Source.Decision);
        Field<StringGraphType>("note").Resolve(c => c.Source.Note);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactType>>>>("approvers").Resolve(c => c.Source.Approvers);
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => SourceRef.Parse(c.Source.Source));
    }
}
