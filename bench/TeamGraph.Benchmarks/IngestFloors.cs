using System.Text;
using System.Text.Json;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TeamGraph.Core.Export;
using TeamGraph.Core.Graph;

namespace TeamGraph.Benchmarks;

/// <summary>
/// The least work any ingester of these cards does beyond parsing them (<see cref="MarkdigFloor"/>) whatever its design,
/// for <see cref="MarkdigFloorBenchmarks"/> to measure beside that floor: taking the text out of every paragraph, heading and table
/// cell (a card's facts are that text), holding a graph of the ingest's size indexed by id and by end (what a store
/// serves queries from), and writing that graph as JSON lines.
/// None of them resolves a name, matches a handoff, checks a schema or orders anything.
/// </summary>
internal static class IngestFloors
{
    [ThreadStatic]
    private static StringBuilder? _builder;

    /// <summary>The floor, and the text of every leaf block of each file (<see cref="LeafTexts"/>); the number of texts.</summary>
    public static int ParseAllWithLeafTexts(string[] files) => files.AsParallel().Sum(file => LeafTexts(MarkdigFloor.Parse(file)));

    /// <summary>The literal text of every leaf block, one string each: the least a card reader makes of a parsed card.</summary>
    public static int LeafTexts(MarkdownDocument document)
    {
        var builder = _builder ??= new StringBuilder();
        var texts = new List<string>();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null)
            {
                continue;
            }

            builder.Clear();
            foreach (var literal in leaf.Inline.Descendants<LiteralInline>())
            {
                builder.Append(literal.Content.AsSpan());
            }

            texts.Add(builder.ToString());
        }

        return texts.Count;
    }

    /// <summary>
    /// The elements of <paramref name="graph"/> as plain values (its strings, its property keys and values), to be made
    /// into a bare graph again and again without the cost of reading them counted.
    /// </summary>
    public static BareElements Snapshot(PropertyGraph graph) => new(
        [.. graph.Nodes.Select(n => new BareElement(n.Id, n.Label, "", "", [.. n.Properties.Keys], [.. n.Properties.Values]))],
        [.. graph.Relationships.Select(r => new BareElement(r.Id, r.Type, r.StartId, r.EndId, [.. r.Properties.Keys], [.. r.Properties.Values]))]);

    /// <summary>
    /// A graph of the snapshot's elements, each an object with its own values, nodes and relationships indexed by id and
    /// relationships listed by start and by end: the least a store holds to answer "this role" and "its handoffs".
    /// </summary>
    public static BareGraph Build(BareElements elements)
    {
        var graph = new BareGraph(elements.Nodes.Length, elements.Relationships.Length);
        foreach (var node in elements.Nodes)
        {
            graph.Nodes[node.Id] = node with { Values = (object[])node.Values.Clone() };
        }

        foreach (var relationship in elements.Relationships)
        {
            var copy = relationship with { Values = (object[])relationship.Values.Clone() };
            graph.Relationships[copy.Id] = copy;
            ListOf(graph.Outgoing, copy.StartId).Add(copy);
            ListOf(graph.Incoming, copy.EndId).Add(copy);
        }

        return graph;
    }

    /// <summary>
    /// The bare graph in the JSON lines layout of the export (nodes, then relationships with their ends' labels, the id
    /// among the properties too), through the exporter's own line writer (blocks on every processor, written in order):
    /// the least an exporter of this graph writes, byte for byte as much.
    /// </summary>
    public static long WriteJsonLines(BareGraph graph, Stream stream)
    {
        BareElement[] elements = [.. graph.Nodes.Values, .. graph.Relationships.Values];
        long written = 0;
        JsonLinesGraphExporter.WriteLines(elements.Length, (json, i) => WriteElement(json, elements[i], graph), chunk =>
        {
            stream.Write(chunk);
            written += chunk.Length;
        });
        return written;
    }

    private static void WriteElement(Utf8JsonWriter json, BareElement element, BareGraph graph)
    {
        var isNode = element.StartId.Length == 0;
        json.WriteStartObject();
        json.WriteString("type", isNode ? "node" : "relationship");
        json.WriteString("id", element.Id);
        if (isNode)
        {
            json.WriteStartArray("labels");
            json.WriteStringValue(element.Kind);
            json.WriteEndArray();
        }
        else
        {
            json.WriteString("label", element.Kind);
            WriteEnd(json, "start", graph.Nodes[element.StartId]);
            WriteEnd(json, "end", graph.Nodes[element.EndId]);
        }

        // The export's layout repeats the id among the properties, for the import to key elements by.
        json.WriteStartObject("properties");
        json.WriteString("id", element.Id);
        for (var i = 0; i < element.Keys.Length; i++)
        {
            json.WritePropertyName(element.Keys[i]);
            JsonLinesGraphExporter.WriteValue(json, element.Values[i]);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteEnd(Utf8JsonWriter json, string name, BareElement node)
    {
        json.WriteStartObject(name);
        json.WriteString("id", node.Id);
        json.WriteStartArray("labels");
        json.WriteStringValue(node.Kind);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static List<BareElement> ListOf(Dictionary<string, List<BareElement>> lists, string id)
    {
        if (!lists.TryGetValue(id, out var list))
        {
            lists[id] = list = [];
        }

        return list;
    }

    public sealed record BareElements(BareElement[] Nodes, BareElement[] Relationships);

    /// <summary>A node (no ends) or a relationship: id, label or type, ends, property keys and values.</summary>
    public sealed record BareElement(string Id, string Kind, string StartId, string EndId, string[] Keys, object[] Values);

    /// <summary>Nodes and relationships by id, relationships by start and by end.</summary>
    public sealed class BareGraph(int nodes, int relationships)
    {
        public Dictionary<string, BareElement> Nodes { get; } = new(nodes, StringComparer.Ordinal);

        public Dictionary<string, BareElement> Relationships { get; } = new(relationships, StringComparer.Ordinal);

        public Dictionary<string, List<BareElement>> Outgoing { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<BareElement>> Incoming { get; } = new(StringComparer.Ordinal);

        public int Count => Nodes.Count + Relationships.Count + Outgoing.Count + Incoming.Count;
    }
}
