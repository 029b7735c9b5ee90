using System.Net;
using System.Text.Json;

namespace TeamGraph.Neo4j.Client;

/// <summary>
/// Reads a Query API answer: <c>{"data": {"fields", "values"}, "bookmarks", "transaction"?: {"id", "expires"},
/// "errors"?: [{"code", "message"}]}</c>. Neo4j answers 202 whether or not the statement failed (401 for bad
/// credentials), so the body's <c>errors</c> decide; an HTTP error without them becomes a <see cref="Neo4jErrorCodes"/> code.
/// </summary>
internal static class Neo4jResponseReader
{
    /// <summary>The decoded answer; throws <see cref="Neo4jException"/> for every failure the answer describes.</summary>
    public static Neo4jResponse Read(HttpStatusCode status, byte[] body)
    {
        JsonDocument? document = null;
        try
        {
            if (body.Length > 0)
            {
                document = JsonDocument.Parse(body);
            }
        }
        catch (JsonException exception)
        {
            throw Failure(status, $"The answer is not JSON ({exception.Message}).");
        }

        using (document)
        {
            var root = document?.RootElement;
            if (root is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                throw new Neo4jException(Text(first, "code") ?? Neo4jErrorCodes.InvalidResponse, Text(first, "message") ?? "(no message)", status);
            }

            if ((int)status is < 200 or > 299)
            {
                throw Failure(status, $"HTTP {(int)status} {status}.");
            }

            return root is { ValueKind: JsonValueKind.Object } answer ? Decode(answer) : Neo4jResponse.Empty;
        }
    }

    private static Neo4jResponse Decode(JsonElement answer)
    {
        var fields = new List<string>();
        var rows = new List<IReadOnlyList<JsonElement>>();
        if (answer.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var names) && names.ValueKind == JsonValueKind.Array)
            {
                fields.AddRange(names.EnumerateArray().Select(name => name.GetString() ?? string.Empty));
            }

            if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                rows.AddRange(values.EnumerateArray().Select(row => (IReadOnlyList<JsonElement>)[.. row.EnumerateArray().Select(v => v.Clone())]));
            }
        }

        var bookmarks = answer.TryGetProperty("bookmarks", out var marks) && marks.ValueKind == JsonValueKind.Array
            ? marks.EnumerateArray().Select(mark => mark.GetString()).OfType<string>().ToList()
            : [];
        string? transactionId = null;
        DateTimeOffset? expires = null;
        if (answer.TryGetProperty("transaction", out var transaction) && transaction.ValueKind == JsonValueKind.Object)
        {
            transactionId = Text(transaction, "id");
            expires = DateTimeOffset.TryParse(Text(transaction, "expires"), System.Globalization.CultureInfo.InvariantCulture, out var at) ? at : null;
        }

        return new Neo4jResponse(new Neo4jResult(fields, rows, bookmarks), transactionId, expires);
    }

    private static Neo4jException Failure(HttpStatusCode status, string message) =>
        new((int)status is >= 200 and <= 299 ? Neo4jErrorCodes.InvalidResponse : Neo4jErrorCodes.HttpError, message, status);

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
