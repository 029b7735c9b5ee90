using System.Text;
using GraphQL;
using Microsoft.AspNetCore.Http.Features;

namespace TeamGraph.Api.Http;

/// <summary>
/// Writes the events of GraphQL over Server-Sent Events (graphql-sse's PROTOCOL.md, distinct connections mode): each
/// result as <c>event: next</c> with the result's JSON as its data, the end as <c>event: complete</c> with an empty
/// data field (without one, a browser's <c>EventSource</c> would not raise the event), and keep-alive comments. Every
/// write is flushed at once, and proxies are asked not to buffer the stream.
/// </summary>
internal sealed class ServerSentEventWriter(HttpContext context, IGraphQLSerializer serializer)
{
    private static readonly byte[] Complete = "event: complete\ndata: \n\n"u8.ToArray();
    private static readonly byte[] KeepAlive = ":\n\n"u8.ToArray();

    private HttpResponse Response => context.Response;

    /// <summary>Sends the headers (200, <c>text/event-stream</c>), so the client knows the stream is open.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        Response.StatusCode = StatusCodes.Status200OK;
        Response.ContentType = $"{GraphQLMediaTypes.EventStream}; charset=utf-8";
        Response.Headers.CacheControl = "no-cache";
        // nginx and others would otherwise hold events back until their buffer fills.
        Response.Headers["X-Accel-Buffering"] = "no";
        await Response.StartAsync(cancellationToken).ConfigureAwait(false);
        await Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One result as a <c>next</c> event.</summary>
    public async Task NextAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        using var json = new MemoryStream();
        await serializer.WriteAsync(json, result, cancellationToken).ConfigureAwait(false);

        // An event's data ends at a line break, so JSON written over several lines becomes several data lines, which
        // the client joins again with line breaks.
        var text = new StringBuilder("event: next\n");
        foreach (var line in Encoding.UTF8.GetString(json.GetBuffer(), 0, (int)json.Length).ReplaceLineEndings("\n").Split('\n'))
        {
            text.Append("data: ").Append(line).Append('\n');
        }

        await WriteAsync(Encoding.UTF8.GetBytes(text.Append('\n').ToString()), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The <c>complete</c> event: nothing follows.</summary>
    public Task CompleteAsync(CancellationToken cancellationToken) => WriteAsync(Complete, cancellationToken);

    /// <summary>A comment line, which clients ignore.</summary>
    public Task KeepAliveAsync(CancellationToken cancellationToken) => WriteAsync(KeepAlive, cancellationToken);

    /// <summary>A whole answer as a stream: the headers, <paramref name="result"/> as the one <c>next</c> event, <c>complete</c>.</summary>
    public async Task WriteSingleAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        await NextAsync(result, cancellationToken).ConfigureAwait(false);
        await CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await Response.Body.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        await Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
