using System.Buffers;
using System.Text.Json;
using GraphQL;
using Microsoft.Net.Http.Headers;
using TeamGraph.Api.Http.Limits;

namespace TeamGraph.Api.Http;

/// <summary>Reads a GraphQL request from GET parameters or a JSON POST body, refusing malformed ones with their status.</summary>
internal sealed class GraphQLHttpRequestReader(IGraphQLSerializer serializer)
{
    /// <summary>
    /// The request; a POST body over <paramref name="maxBodyBytes"/> is refused with 413, and every other malformed one
    /// (not JSON, invalid UTF-8, wrong types, variables GraphQL.NET cannot read) with a 400 <see cref="GraphQLRequestError"/>.
    /// </summary>
    public async Task<GraphQLHttpRequest> ReadAsync(HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            var query = request.Query;
            return new GraphQLHttpRequest(
                Single(query["query"], "query") ?? throw new GraphQLRequestError("The 'query' parameter is missing."),
                Single(query["operationName"], "operationName"),
                Object(Single(query["variables"], "variables"), "variables"),
                Object(Single(query["extensions"], "extensions"), "extensions"));
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            throw new GraphQLRequestError(StatusCodes.Status415UnsupportedMediaType, "POST requests must be application/json (UTF-8).");
        }

        // Read while the body is still in the request's buffers: the parsed JSON points into them.
        return await BoundedBodyReader.ReadAsync(request, maxBodyBytes, Read, cancellationToken).ConfigureAwait(false);
    }

    private GraphQLHttpRequest Read(ReadOnlySequence<byte> bytes)
    {
        JsonDocument body;
        try
        {
            body = JsonDocument.Parse(bytes);
        }
        catch (JsonException exception)
        {
            throw new GraphQLRequestError($"The body is not JSON: {exception.Message}", exception);
        }

        using (body)
        {
            var root = body.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                throw new GraphQLRequestError("Batched requests (a JSON array) are not supported; send one request per POST.")
                {
                    Code = LimitErrorCodes.BatchingNotSupported,
                };
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new GraphQLRequestError("The body must be a JSON object.");
            }

            return new GraphQLHttpRequest(
                Text(root, "query") ?? throw new GraphQLRequestError("The 'query' field is missing."),
                Text(root, "operationName"),
                Map(root, "variables"),
                Map(root, "extensions"));
        }
    }

    private static string? Single(Microsoft.Extensions.Primitives.StringValues values, string name) =>
        values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw new GraphQLRequestError($"The '{name}' parameter is given more than once."),
        };

    private static string? Text(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new GraphQLRequestError($"'{name}' must be a string.");
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException exception)
        {
            // JsonDocument checks the JSON's structure, not that its strings are UTF-8; GetString finds out.
            throw new GraphQLRequestError($"'{name}' is not valid UTF-8.", exception);
        }
    }

    private Inputs? Map(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Object ? ReadInputs(value, name)
        : throw new GraphQLRequestError($"'{name}' must be an object.");

    /// <summary>
    /// GraphQL.NET's reading of <paramref name="value"/> as inputs, or a 400: its converter reads strings (which throw on
    /// invalid UTF-8) and numbers (which can overflow), and says so with several exception types.
    /// </summary>
    private Inputs? ReadInputs(JsonElement value, string name)
    {
        try
        {
            return serializer.ReadNode<Inputs>(value);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or OverflowException
            or ArgumentException or NotSupportedException)
        {
            throw new GraphQLRequestError($"'{name}' cannot be read: it must be a JSON object of valid UTF-8 text and representable numbers.", exception);
        }
    }

    private Inputs? Object(string? json, string name)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Object => ReadInputs(document.RootElement, name),
                JsonValueKind.Null => null,
                _ => throw new GraphQLRequestError($"'{name}' must be a JSON object."),
            };
        }
        catch (JsonException exception)
        {
            throw new GraphQLRequestError($"'{name}' is not JSON: {exception.Message}", exception);
        }
    }
}
