using GraphQL.Types;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Queries;
using TeamGraph.GraphQL.Batching;

namespace TeamGraph.GraphQL.Types;

/// <summary>A text that matches every word of a search.</summary>
internal sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Description = "A text that matches every word of a search.";
        Field<NonNullGraphType<SearchHitKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("nodeId").Resolve(c => c.Source.NodeId);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorInterface>>>>("actors").Description("Who the text belongs to.")
            .ResolveRead(c => DeferredResults.All([.. c.Source.ActorIds.Select(c.Node)]));
        Field<NonNullGraphType<IntGraphType>>("rank").Description("0: the exact text; 1: contains the phrase; 2: has every word.").Resolve(c => c.Source.Rank);
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => SourceRef.Parse(c.Source.Source));
    }
}
