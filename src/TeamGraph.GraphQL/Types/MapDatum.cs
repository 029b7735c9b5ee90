namespace TeamGraph.GraphQL.Types;

/// <summary>One entry of a node's or an edge's data block (<c>@{ key: value }</c>).</summary>
internal sealed record MapDatum(string Key, string Value)
{
    /// <summary>Reads the <c>data</c> items of a map node or edge: "key: value".</summary>
    public static List<MapDatum> ParseAll(IReadOnlyList<string> items) =>
        [.. items.Select(item =>
        {
            var colon = item.IndexOf(": ", StringComparison.Ordinal);
            return colon < 0 ? new MapDatum(item, "") : new MapDatum(item[..colon], item[(colon + 2)..]);
        })];
}
