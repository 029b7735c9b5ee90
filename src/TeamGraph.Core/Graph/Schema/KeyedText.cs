namespace TeamGraph.Core.Graph.Schema;

/// <summary>
/// The "key: value" items of list properties that pair a name with text (a map's <c>classDefs</c>, a data block's
/// entries): written and read here only, so every reader splits them as the builder joined them.
/// </summary>
public static class KeyedText
{
    private const string Separator = ": ";

    /// <summary>"<paramref name="key"/>: <paramref name="value"/>".</summary>
    public static string Join(string key, string value) => $"{key}{Separator}{value}";

    /// <summary>The key and the value of <paramref name="item"/>; the whole item and an empty value when it has no separator.</summary>
    public static (string Key, string Value) Split(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var separator = item.IndexOf(Separator, StringComparison.Ordinal);
        return separator < 0 ? (item, "") : (item[..separator], item[(separator + Separator.Length)..]);
    }
}
