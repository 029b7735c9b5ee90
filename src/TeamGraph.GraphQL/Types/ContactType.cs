using GraphQL.Types;
using TeamGraph.Core.Queries;

namespace TeamGraph.GraphQL.Types;

/// <summary>Someone to call or ask, possibly as a member of a named group.</summary>
internal sealed class ContactType : ObjectGraphType<Contact>
{
    public ContactType()
    {
        Name = "Contact";
        Description = "Someone to call or ask; members of a named group are listed one by one with the group.";
        Field<NonNullGraphType<ActorInterface>>("actor").ResolveRead(c => c.Node(c.Source.Id));
        Field<IdGraphType>("viaGroup").Resolve(c => c.Source.ViaGroup);
    }
}
