using System.Text.Json;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Neo4j.Client;

namespace TeamGraph.Neo4j.Reader;

/// <summary>
/// Turns the reader's result rows back into graph elements with the property types the embedded store holds (strings,
/// longs, doubles, booleans, string arrays). The writer's own keys are left out: <c>ingestScope</c>, and the <c>id</c>
/// it stores on every element as the merge key (the element's <see cref="GraphNode.Id"/> carries it); what is read
/// goes through the schema (<see cref="GraphSchema"/>).
/// </summary>
internal sealed class GraphReadRows
{
    private readonly Neo4jResult _result;
    private readonly Dictionary<string, int> _columns;

    public GraphReadRows(Neo4jResult result)
    {
        _result = result;
        _columns = Enumerable.Range(0, result.Fields.Count).ToDictionary(i => result.Fields[i], StringComparer.Ordinal);
    }

    public int Count => _result.Rows.Count;

    /// <summary>Whether row <paramref name="row"/> is a relationship (it has a <c>startId</c>).</summary>
    public bool IsRelationship(int row) => Cell(row, "startId").ValueKind == JsonValueKind.String;

    public string Key(int row) => Text(row, "key");

    public GraphNode Node(int row)
    {
        var (id, label) = (Text(row, "id"), Text(row, "label"));
        return new(id, label, Properties(GraphSchema.Node(label), label, id, Cell(row, "props")));
    }

    public GraphRelationship Relationship(int row)
    {
        var (id, type) = (Text(row, "id"), Text(row, "label"));
        return new(id, type, Text(row, "startId"), Text(row, "endId"), Properties(GraphSchema.Relationship(type), type, id, Cell(row, "props")));
    }

    /// <summary>The relationship of a neighbour row.</summary>
    public GraphRelationship NeighbourRelationship(int row)
    {
        var (id, type) = (Text(row, "relationshipId"), Text(row, "type"));
        return new(id, type, Text(row, "relationshipStartId"), Text(row, "relationshipEndId"),
            Properties(GraphSchema.Relationship(type), type, id, Cell(row, "relationshipProps")));
    }

    /// <summary>The graph of a subgraph answer: its node rows and relationship rows.</summary>
    public PropertyGraph Graph()
    {
        var rows = Enumerable.Range(0, Count).ToLookup(IsRelationship);
        return new PropertyGraph(rows[false].Select(Node), rows[true].Select(Relationship));
    }

    private JsonElement Cell(int row, string field) => _columns.TryGetValue(field, out var column)
        ? _result.Rows[row][column]
        : throw new Neo4jException(Neo4jErrorCodes.InvalidResponse, $"The answer has no column '{field}'.");

    private string Text(int row, string field) => Cell(row, field) is { ValueKind: JsonValueKind.String } value
        ? value.GetString()!
        : throw new Neo4jException(Neo4jErrorCodes.InvalidResponse, $"Column '{field}' of row {row} is not a string; an element without an id or label is not TeamGraph's.");

    /// <summary>
    /// The element's properties rebuilt through its schema, so the reader gives the same typed graph the builder made:
    /// the store's own keys (and anything the schema does not declare) are left out, lists become string arrays, and an
    /// element missing a required property is not TeamGraph's.
    /// </summary>
    private static IReadOnlyDictionary<string, object> Properties(ElementSchema? schema, string labelOrType, string id, JsonElement props)
    {
        if (Neo4jValueDecoder.Decode(props) is not Dictionary<string, object?> decoded)
        {
            throw new Neo4jException(Neo4jErrorCodes.InvalidResponse, $"Expected a property map, got {props.ValueKind}.");
        }

        if (schema is null)
        {
            throw new Neo4jException(Neo4jErrorCodes.InvalidResponse, $"'{labelOrType}' of element '{id}' is not in TeamGraph's vocabulary.");
        }

        return schema.FromStore(decoded, out var problem)
            ?? throw new Neo4jException(Neo4jErrorCodes.InvalidResponse, $"Element '{id}' does not fit TeamGraph's schema: {problem}.");
    }
}
