using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.GraphQL.Types;

/// <summary>One entry of a node's or an edge's data block (<c>@{ key: value }</c>).</summary>
internal sealed record MapDatum(string Key, string Value)
{
    /// <summary>Reads the <c>data</c> items of a map node or edge.</summary>
    public static List<MapDatum> ParseAll(IReadOnlyList<string> items) =>
        [.. items.Select(KeyedText.Split).Select(pair => new MapDatum(pair.Key, pair.Value))];
}
