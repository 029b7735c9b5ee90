using GraphQL.Types;
using TeamGraph.Core.Queries;

namespace TeamGraph.GraphQL.Types;

/// <summary>What a search hit is.</summary>
internal sealed class SearchHitKindType : EnumerationGraphType<SearchHitKind>
{
    public SearchHitKindType() => Name = "SearchHitKind";
}
