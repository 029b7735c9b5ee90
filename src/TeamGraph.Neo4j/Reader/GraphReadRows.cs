using System.Text.Json;
using TeamGraph.Core.Graph;
using TeamGraph.Neo4j.Client;
using TeamGraph.Neo4j.Writer;

namespace TeamGraph.Neo4j.Reader;

/// <summary>
/// Turns the reader's result rows back into graph elements with the property types the embedded store holds (strings,
/// longs, doubles, booleans, string arrays). The writer's own keys are left out: <c>ingestScope</c>, and the <c>id</c>
/// it stores on every element as the merge key (the element's <see cref="GraphNode.Id"/> carries it).
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

    public GraphNode Node(int row) => new(Text(row, "id"), Text(row, "label"), Properties(Cell(row, "props")));

    public GraphRelationship Relationship(int row) =>
        new(Text(row, "id"), Text(row, "label"), Text(row, "startId"), Text(row, "endId"), Properties(Cell(row, "props")));

    /// <summary>The relationship of a neighbour row.</summary>
    public GraphRelationship NeighbourRelationship(int row) =>
        new(Text(row, "relationshipId"), Text(row, "type"), Text(row, "relationshipStartId"), Text(row, "relationshipEndId"),
            Properties(Cell(row, "relationshipProps")));

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

    private static Dictionary<string, object> Properties(JsonElement props)
    {
        if (Neo4jValueDecoder.Decode(props) is not Dictionary<string, object?> decoded)
        {
            throw new Neo4jException(Neo4jErrorCodes.InvalidResponse, $"Expected a property map, got {props.ValueKind}.");
        }

        var properties = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in decoded)
        {
            if (key is not (GraphWriteRows.ScopeKey or GraphWriteRows.IdKey) && value is not null)
            {
                properties[key] = value;
            }
        }

        return properties;
    }
}
