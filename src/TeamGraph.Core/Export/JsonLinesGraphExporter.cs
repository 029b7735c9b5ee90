using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Export;

/// <summary>
/// Writes the graph as JSON lines in the layout of APOC's <c>apoc.export.json</c>, so <c>apoc.import.json</c> loads it:
/// every node first (<c>{"type":"node","id","labels","properties"}</c>), then every relationship
/// (<c>{"type":"relationship","id","label","start":{"id","labels"},"end":{"id","labels"},"properties"}</c>).
/// </summary>
/// <remarks>
/// Ids are TeamGraph's deterministic string ids, not Neo4j's internal ones, and each element's <c>properties</c> also
/// carry them as <c>id</c>, so the import keys elements the same way as the Cypher script and the Neo4j store do.
/// Property keys are sorted ordinally; doubles always carry a fraction or exponent so they stay floats on import.
/// Text of the Basic Multilingual Plane (Cyrillic) is written as is; characters beyond it (emoji) as <c>\u</c> escape
/// pairs, and an unpaired surrogate, which no UTF-8 can carry, as U+FFFD.
/// </remarks>
public sealed class JsonLinesGraphExporter : IGraphExporter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    // Elements are formatted in blocks of this many, as many blocks at once as there are processors, and the blocks are
    // handed on in order: a block ends with a whole line, so it is always whole UTF-8.
    private const int BlockElements = 1024;

    /// <inheritdoc />
    public void Export(PropertyGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Write(graph, chunk =>
        {
            var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(chunk.Length));
            var length = Encoding.UTF8.GetChars(chunk, chars);
            writer.Write(chars, 0, length);
            ArrayPool<char>.Shared.Return(chars);
        });
    }

    /// <summary>Writes the UTF-8 that <see cref="Utf8JsonWriter"/> makes straight to <paramref name="stream"/>; leaves it open.</summary>
    public void Export(PropertyGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Write(graph, chunk => stream.Write(chunk));
    }

    private static void Write(PropertyGraph graph, Action<ReadOnlySpan<byte>> flush)
    {
        GraphExportValidator.Validate(graph);
        var nodes = graph.Nodes.Count;
        WriteLines(nodes + graph.Relationships.Count, (json, i) =>
        {
            if (i < nodes)
            {
                WriteNode(json, graph.Nodes[i]);
            }
            else
            {
                WriteRelationship(json, graph.Relationships[i - nodes], graph);
            }
        }, flush);
    }

    /// <summary>
    /// Lines 0 to <paramref name="count"/> − 1, each the JSON <paramref name="writeLine"/> writes for it, handed to
    /// <paramref name="flush"/> in order as UTF-8, a block of whole lines at a time.
    /// </summary>
    internal static void WriteLines(int count, Action<Utf8JsonWriter, int> writeLine, Action<ReadOnlySpan<byte>> flush)
    {
        var lanes = Math.Clamp((count + BlockElements - 1) / BlockElements, 1, Environment.ProcessorCount);
        var blocks = new ArrayBufferWriter<byte>[lanes];
        for (var lane = 0; lane < lanes; lane++)
        {
            blocks[lane] = new ArrayBufferWriter<byte>();
        }

        for (var wave = 0; wave < count; wave += lanes * BlockElements)
        {
            var first = wave;
            ParallelBlocks.Run(lanes, lane =>
            {
                var start = first + (lane * BlockElements);
                WriteBlock(start, Math.Min(count, start + BlockElements), writeLine, blocks[lane]);
            });

            foreach (var block in blocks)
            {
                if (block.WrittenCount > 0)
                {
                    flush(block.WrittenSpan);
                    block.ResetWrittenCount();
                }
            }
        }
    }

    /// <summary>The lines <paramref name="start"/> to <paramref name="end"/>.</summary>
    private static void WriteBlock(int start, int end, Action<Utf8JsonWriter, int> writeLine, ArrayBufferWriter<byte> block)
    {
        using var json = new Utf8JsonWriter(block, WriterOptions);
        for (var i = start; i < end; i++)
        {
            writeLine(json, i);
            json.Flush();
            block.GetSpan(1)[0] = (byte)'\n';
            block.Advance(1);
            json.Reset(block);
        }
    }

    private static void WriteNode(Utf8JsonWriter json, GraphNode node)
    {
        json.WriteStartObject();
        json.WriteString("type", "node");
        json.WriteString("id", node.Id);
        WriteLabels(json, node.Label);
        WriteProperties(json, node.Id, node.Properties);
        json.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter json, GraphRelationship relationship, PropertyGraph graph)
    {
        var id = relationship.Id;
        json.WriteStartObject();
        json.WriteString("type", "relationship");
        json.WriteString("id", id);
        json.WriteString("label", relationship.Type);
        WriteEnd(json, "start", graph.FindNode(relationship.StartId)!);
        WriteEnd(json, "end", graph.FindNode(relationship.EndId)!);
        WriteProperties(json, id, relationship.Properties);
        json.WriteEndObject();
    }

    private static void WriteEnd(Utf8JsonWriter json, string name, GraphNode node)
    {
        json.WriteStartObject(name);
        json.WriteString("id", node.Id);
        WriteLabels(json, node.Label);
        json.WriteEndObject();
    }

    private static void WriteLabels(Utf8JsonWriter json, string label)
    {
        json.WriteStartArray("labels");
        json.WriteStringValue(label);
        json.WriteEndArray();
    }

    /// <summary>The properties in ordinal key order, <c>id</c> among them in its place (the element's, whatever the map holds).</summary>
    private static void WriteProperties(Utf8JsonWriter json, string id, IReadOnlyDictionary<string, object> properties)
    {
        json.WriteStartObject("properties");
        var idWritten = false;
        foreach (var (key, value) in PropertyDictionary.Sorted(properties))
        {
            WriteProperty(json, key, value, id, ref idWritten);
        }

        if (!idWritten)
        {
            json.WriteString(GraphExportValidator.IdKey, id);
        }

        json.WriteEndObject();
    }

    private static void WriteProperty(Utf8JsonWriter json, string key, object value, string id, ref bool idWritten)
    {
        var order = string.CompareOrdinal(key, GraphExportValidator.IdKey);
        if (order >= 0 && !idWritten)
        {
            json.WriteString(GraphExportValidator.IdKey, id);
            idWritten = true;
        }

        if (order != 0)
        {
            json.WritePropertyName(key);
            WriteValue(json, value);
        }
    }

    internal static void WriteValue(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case string text:
                json.WriteStringValue(text);
                break;
            case long or int:
                json.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case double number:
                json.WriteRawValue(FloatingPointLiteral.Format(number), skipInputValidation: true);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case IReadOnlyList<string> items:
                json.WriteStartArray();
                foreach (var item in items)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"Unexpected property value {value.GetType().Name}.", nameof(value));
        }
    }
}
