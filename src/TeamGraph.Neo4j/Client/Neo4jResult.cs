using System.Text.Json;

namespace TeamGraph.Neo4j.Client;

/// <summary>
/// The answer to one statement in Neo4j's plain JSON format: column names and rows of JSON values, in column order.
/// Values stay <see cref="JsonElement"/>s (detached from the response); <see cref="Neo4jValueDecoder"/> turns them into
/// graph property values.
/// </summary>
public sealed class Neo4jResult
{
    public Neo4jResult(IReadOnlyList<string> fields, IReadOnlyList<IReadOnlyList<JsonElement>> rows, IReadOnlyList<string> bookmarks)
    {
        Fields = fields;
        Rows = rows;
        Bookmarks = bookmarks;
    }

    /// <summary>The column names (<c>data.fields</c>).</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>The rows (<c>data.values</c>), each in <see cref="Fields"/> order.</summary>
    public IReadOnlyList<IReadOnlyList<JsonElement>> Rows { get; }

    /// <summary>The bookmarks of the transaction, for causal consistency of later reads.</summary>
    public IReadOnlyList<string> Bookmarks { get; }

    /// <summary>The value of column <paramref name="field"/> in row <paramref name="row"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    public JsonElement Value(int row, string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i] == field)
            {
                return Rows[row][i];
            }
        }

        throw new KeyNotFoundException($"The result has no column '{field}' (it has {string.Join(", ", Fields)}).");
    }

    /// <summary>The sum of an integer column over all rows (0 for no rows): how count-returning batches are read.</summary>
    public long Sum(string field)
    {
        long total = 0;
        for (var row = 0; row < Rows.Count; row++)
        {
            var value = Value(row, field);
            total += value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;
        }

        return total;
    }
}
