using GraphQL.Types;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Types;

/// <summary>Something one actor hands to others, merged from every card that declares it.</summary>
internal sealed class HandoffType : ObjectGraphType<GraphNode>
{
    public HandoffType()
    {
        Name = "Handoff";
        Description = "Something one actor hands to others, merged from every card that declares it.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("what").Resolve(c => c.Source.Get(HandoffProperties.What));
        Field<StringGraphType>("format").Resolve(c => c.Source.Get(HandoffProperties.Format));
        Field<StringGraphType>("trigger").Resolve(c => c.Source.Get(HandoffProperties.Trigger));
        Field<HandoffStatusType>("status").Resolve(c => c.Source.Get(HandoffProperties.Status));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchMethodType>>>>("matchedBy")
            .Description("How its declarations were found to be one handoff, strongest first; empty for a single row.")
            .Resolve(c => c.Source.Get(HandoffProperties.MatchedBy));
        Field<NonNullGraphType<FloatGraphType>>("confidence")
            .Description("How sure the matcher is that its declarations are one handoff, 0 to 1 (its weakest join); 1 when nothing was guessed.")
            .Resolve(c => c.Source.Get(HandoffProperties.Confidence));
        Field<ActorInterface>("from").Description("The actor handing over.")
            .ResolveRead(c => c.Neighbours(c.Source, RelationshipTypes.Gives, RelationshipDirection.Incoming).Then(givers => givers.Count > 0 ? givers[0].Node : null));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorInterface>>>>("to").Description("The actors receiving.")
            .ResolveRead(c => c.Neighbours(c.Source, RelationshipTypes.To).Then(receivers => receivers.Select(n => n.Node).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DeclarationType>>>>("declarations").Description("Every table row that declares the handoff.")
            .ResolveRead(c => c.Neighbours(c.Source, RelationshipTypes.Declares, RelationshipDirection.Incoming));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Resolve(c => c.Source.Get(HandoffProperties.Sources));
    }
}
