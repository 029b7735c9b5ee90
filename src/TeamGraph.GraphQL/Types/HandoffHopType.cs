using GraphQL.Types;
using TeamGraph.Core.Queries;

namespace TeamGraph.GraphQL.Types;

/// <summary>One hop of a handoff chain.</summary>
internal sealed class HandoffHopType : ObjectGraphType<HandoffHop>
{
    public HandoffHopType()
    {
        Name = "HandoffHop";
        Description = "One hop of a handoff chain: who hands what to whom.";
        Field<NonNullGraphType<ActorInterface>>("from").ResolveRead(c => c.Node(c.Source.FromId));
        Field<NonNullGraphType<ActorInterface>>("to").ResolveRead(c => c.Node(c.Source.ToId));
        Field<IdGraphType>("fromGroup").Description("The group giving the handoff, when `from` gives it as a member.").Resolve(c => c.Source.FromGroup);
        Field<IdGraphType>("viaGroup").Description("The group receiving the handoff, when `to` receives it as a member.").Resolve(c => c.Source.ViaGroup);
        Field<NonNullGraphType<HandoffType>>("handoff").ResolveRead(c => c.Node(c.Source.HandoffId));
        Field<NonNullGraphType<StringGraphType>>("what").Resolve(c => c.Source.What);
    }
}
