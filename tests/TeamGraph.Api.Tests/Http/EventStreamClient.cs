using System.Net;
using System.Text;
using System.Text.Json;

namespace TeamGraph.Api.Tests.Http;

/// <summary>One event of a Server-Sent Events stream: its type and data, or a comment (a keep-alive).</summary>
internal sealed record ServerSentEvent(string? Type, string Data, bool IsComment)
{
    public JsonElement Json => JsonDocument.Parse(Data).RootElement.Clone();
}

/// <summary>
/// A GraphQL over SSE request (POST with <c>Accept: text/event-stream</c>) whose answer is read event by event as it
/// arrives; disposing it closes the connection, as a client that goes away does.
/// </summary>
internal sealed class EventStreamClient : IAsyncDisposable
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(30);

    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStreamClient(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body, Encoding.UTF8);
    }

    public HttpStatusCode Status => _response.StatusCode;

    public string? MediaType => _response.Content.Headers.ContentType?.MediaType;

    /// <summary>Sends <paramref name="query"/>; returns once the headers have arrived, so a subscription is then in place.</summary>
    public static async Task<EventStreamClient> OpenAsync(HttpClient client, string query, string accept = "text/event-stream")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(accept);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        return new EventStreamClient(response, await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>The whole body, for an answer that is not a stream.</summary>
    public async Task<JsonElement> BodyAsync() => JsonDocument.Parse(await _reader.ReadToEndAsync(TestContext.Current.CancellationToken)).RootElement.Clone();

    /// <summary>The next event or comment; <see langword="null"/> when the server has ended the response.</summary>
    public async Task<ServerSentEvent?> ReadAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(ReadTimeout);
        string? type = null;
        var data = new List<string>();
        var comment = false;
        while (await _reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (type is not null || data.Count > 0 || comment)
                {
                    return new ServerSentEvent(type, string.Join('\n', data), comment && type is null && data.Count == 0);
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                comment = true;
            }
            else if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                type = line["event:".Length..].TrimStart(' ');
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                var value = line["data:".Length..];
                data.Add(value.StartsWith(' ') ? value[1..] : value);
            }
        }

        return null;
    }

    /// <summary>The next event that is not a keep-alive comment.</summary>
    public async Task<ServerSentEvent> ReadEventAsync()
    {
        while (await ReadAsync() is { } next)
        {
            if (!next.IsComment)
            {
                return next;
            }
        }

        Assert.Fail("The stream ended without another event.");
        return null!;
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
