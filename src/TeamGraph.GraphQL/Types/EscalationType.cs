using GraphQL.Types;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Queries;

namespace TeamGraph.GraphQL.Types;

/// <summary>One row of a role's escalation table (🔴).</summary>
internal sealed class EscalationType : ObjectGraphType<EscalationMatch>
{
    public EscalationType()
    {
        Name = "Escalation";
        Description = "One row of a role's escalation table: in this situation, tell these people.";
        Field<NonNullGraphType<RoleType>>("role").ResolveRead(c => c.Node(c.Source.RoleId));
        Field<NonNullGraphType<StringGraphType>>("situation").Resolve(c => c.Source.Situation);
        Field<StringGraphType>("urgency").Resolve(c => c.Source.Urgency);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactType>>>>("contacts").Resolve(c => c.Source.Contacts);
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => SourceRef.Parse(c.Source.Source));
    }
}
