using System.Text.Json;

namespace TeamGraph.GraphQLFloor;

/// <summary>A node of a JSON lines export, with its text properties (the only kind the role-card query reads).</summary>
public sealed record FloorNode(string Id, string Label, Dictionary<string, string> Properties)
{
    public string? Text(string key) => Properties.GetValueOrDefault(key);

    public string DisplayName => Text("name") ?? Text("path") ?? Text("what") ?? Id;
}

/// <summary>A relationship of the export, with the node at its other end.</summary>
public sealed record FloorNeighbour(string Type, Dictionary<string, string> Properties, FloorNode Node);

/// <summary>
/// The graph of a <c>teamgraph export --format jsonl</c> file held as plain objects: nodes by id, and each node's
/// relationships by direction and type, in relationship id order (as TeamGraph's store answers them). No TeamGraph code.
/// Only what the role-card query reads is kept (the properties and relationship types below), so that the server's idle
/// memory is the query's data and not the whole export.
/// </summary>
public sealed class ExportedGraph
{
    private static readonly HashSet<string> ReadProperties = ["name", "code", "level", "mission", "what", "text", "kind", "source"];
    private static readonly HashSet<string> ReadTypes = ["HAS_SKILL", "KNOWS", "USES_TOOL", "HAS_RESPONSIBILITY", "DECIDES", "TO", "GIVES", "MEMBER_OF"];
    private static readonly List<FloorNeighbour> None = [];
    private readonly Dictionary<string, FloorNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), List<FloorNeighbour>> _out = [];
    private readonly Dictionary<(string, string), List<FloorNeighbour>> _into = [];
    private readonly Dictionary<string, FloorNode> _roles = new(StringComparer.OrdinalIgnoreCase);

    public ExportedGraph(string file)
    {
        var relationships = new List<(string Id, string Type, string Start, string End, Dictionary<string, string> Properties)>();
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var item = JsonDocument.Parse(line);
            var root = item.RootElement;
            var id = root.GetProperty("id").GetString()!;
            if (root.GetProperty("type").GetString() == "node")
            {
                _nodes[id] = new FloorNode(id, root.GetProperty("labels")[0].GetString()!, TextProperties(root.GetProperty("properties")));
            }
            else if (root.GetProperty("label").GetString() is { } type && ReadTypes.Contains(type))
            {
                relationships.Add((id, type, root.GetProperty("start").GetProperty("id").GetString()!,
                    root.GetProperty("end").GetProperty("id").GetString()!, TextProperties(root.GetProperty("properties"))));
            }
        }

        relationships.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        foreach (var (_, type, start, end, properties) in relationships)
        {
            var (startNode, endNode) = (_nodes[start], _nodes[end]);
            Add(_out, (startNode.Id, type), new FloorNeighbour(type, properties, endNode));
            Add(_into, (endNode.Id, type), new FloorNeighbour(type, properties, startNode));
        }

        _out.TrimExcess();
        _into.TrimExcess();

        foreach (var node in _nodes.Values.Where(n => n.Label == "Role"))
        {
            foreach (var name in new[] { node.Text("code"), node.Text("name") })
            {
                if (name is not null)
                {
                    _roles.TryAdd(name, node);
                }
            }
        }
    }

    public IReadOnlyList<FloorNeighbour> Outgoing(string id, string type) => _out.GetValueOrDefault((id, type)) ?? None;

    public IReadOnlyList<FloorNeighbour> Incoming(string id, string type) => _into.GetValueOrDefault((id, type)) ?? None;

    public FloorNode? Role(string id) =>
        _roles.GetValueOrDefault(id) ?? (_nodes.GetValueOrDefault(id) is { Label: "Role" } node ? node : null);

    /// <summary>The actor's handoffs and those of the groups it is a member of, once each, by handoff id.</summary>
    public IReadOnlyList<FloorNode> Handoffs(string actorId, Func<string, IReadOnlyList<FloorNeighbour>> of)
    {
        var actors = Outgoing(actorId, "MEMBER_OF").Select(n => n.Node.Id).Prepend(actorId);
        return [.. actors.SelectMany(a => of(a).Select(n => n.Node.Id)).Distinct().Order(StringComparer.Ordinal).Select(id => _nodes[id])];
    }

    private static Dictionary<string, string> TextProperties(JsonElement properties)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in properties.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && ReadProperties.Contains(property.Name))
            {
                texts[property.Name] = property.Value.GetString()!;
            }
        }

        return texts;
    }

    private static void Add(Dictionary<(string, string), List<FloorNeighbour>> index, (string, string) key, FloorNeighbour neighbour)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(neighbour);
    }
}
