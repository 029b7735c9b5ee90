using System.Globalization;
using System.Text.Json;

namespace TeamGraph.Neo4j.Client;

/// <summary>
/// Turns plain-JSON values back into the graph's property values. Plain JSON has one number type, so the number's
/// text decides: a decimal point or exponent means FLOAT (a <see cref="double"/>), otherwise INTEGER (a <see cref="long"/>),
/// which is how Neo4j writes them. Lists of strings become <c>string[]</c>; other lists <c>object?[]</c>; maps
/// (including nodes and relationships, which plain JSON renders as maps) <c>Dictionary&lt;string, object?&gt;</c>.
/// Temporal and spatial values arrive as strings and stay strings.
/// </summary>
public static class Neo4jValueDecoder
{
    /// <summary>The .NET value of <paramref name="value"/>.</summary>
    public static object? Decode(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => DecodeNumber(value),
        JsonValueKind.Array => DecodeList(value),
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => Decode(p.Value), StringComparer.Ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.ValueKind, "Unknown JSON value kind."),
    };

    private static object DecodeNumber(JsonElement value)
    {
        var text = value.GetRawText();
        if (text.AsSpan().IndexOfAny('.', 'e', 'E') < 0 && value.TryGetInt64(out var integer))
        {
            return integer;
        }

        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static object DecodeList(JsonElement value)
    {
        var items = value.EnumerateArray().Select(Decode).ToArray();
        return items.All(item => item is string) ? items.Cast<string>().ToArray() : items;
    }
}
