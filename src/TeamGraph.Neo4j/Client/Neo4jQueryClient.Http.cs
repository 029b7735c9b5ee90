using System.Net.Http.Headers;

namespace TeamGraph.Neo4j.Client;

public sealed partial class Neo4jQueryClient
{
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    private readonly AuthenticationHeaderValue? _authorization;

    /// <summary>One request, no retry: the answer and the cluster affinity Neo4j sent with it.</summary>
    internal async Task<(Neo4jResponse Response, string? Affinity)> SendAsync(
        HttpMethod method, string url, byte[]? body, string? affinity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.Add(Json);
        request.Headers.Authorization = _authorization;
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(ClusterAffinityHeader, affinity);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = Json;
        }

        using var timeout = new CancellationTokenSource(_options.RequestTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var answer = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            var bytes = await answer.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
            var echoed = answer.Headers.TryGetValues(ClusterAffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return (Neo4jResponseReader.Read(answer.StatusCode, bytes), echoed ?? affinity);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Our timeout, or HttpClient.Timeout: the caller did not cancel, so this is a slow server, not a stop.
            throw new Neo4jException(Neo4jErrorCodes.Timeout, $"No answer from {_options.Uri} within {_options.RequestTimeout.TotalSeconds:0.#} s.", null, exception);
        }
        catch (HttpRequestException exception)
        {
            throw new Neo4jException(Neo4jErrorCodes.ConnectionFailed, $"Cannot reach {_options.Uri}: {exception.Message}", exception.StatusCode, exception);
        }
    }
}
