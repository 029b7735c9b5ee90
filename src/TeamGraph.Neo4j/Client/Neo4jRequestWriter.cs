using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace TeamGraph.Neo4j.Client;

/// <summary>
/// Writes a Query API request body, <c>{"statement": ..., "parameters": {...}}</c>, in plain JSON. Plain JSON has
/// one number type, and Neo4j reads a number with a decimal point or exponent as FLOAT and one without as INTEGER, so a
/// <see cref="double"/> is always written with one (<c>2.0</c>, not <c>2</c>) to stay a FLOAT.
/// </summary>
internal static class Neo4jRequestWriter
{
    public static byte[] Write(Neo4jQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", query.Statement);
            writer.WritePropertyName("parameters");
            WriteMap(writer, query.Parameters);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long or short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float:
                WriteFloat(writer, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(writer, map);
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A {value.GetType().Name} cannot be sent as a Neo4j parameter.", nameof(value));
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> map)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in map)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteFloat(Utf8JsonWriter writer, double number)
    {
        if (!double.IsFinite(number))
        {
            throw new ArgumentException($"{number} cannot be sent as a Neo4j parameter: plain JSON has no NaN or infinity.", nameof(number));
        }

        var text = number.ToString("R", CultureInfo.InvariantCulture);
        writer.WriteRawValue(text.AsSpan().IndexOfAny('.', 'E') >= 0 ? text : text + ".0");
    }
}
