using GraphQLParser.AST;

namespace TeamGraph.Api.Http.Limits;

/// <summary>
/// A document's fragment definitions by name, for the limit rules that look fragments up once per spread (GraphQL.NET's
/// <c>FindFragmentDefinition</c> scans every definition each time). The first of duplicated names wins;
/// <c>UniqueFragmentNames</c> refuses such documents anyway.
/// </summary>
internal sealed class FragmentIndex
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> _byName = new(StringComparer.Ordinal);

    public FragmentIndex(GraphQLDocument document)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition fragment)
            {
                _byName.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
            }
        }
    }

    /// <summary>The fragment <paramref name="spread"/> names, or <see langword="null"/> when the document has none such.</summary>
    public GraphQLFragmentDefinition? Find(GraphQLFragmentSpread spread) => _byName.GetValueOrDefault(spread.FragmentName.Name.StringValue);
}
