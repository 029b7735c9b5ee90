using Microsoft.Net.Http.Headers;

namespace TeamGraph.Api.Http;

/// <summary>The media types of GraphQL over HTTP and of GraphQL over Server-Sent Events, and the choice between them.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";

    /// <summary>
    /// The response type for an <c>Accept</c> header: the type the client prefers (by quality), where on a tie the event
    /// stream wins (a client names it only to stream), then <c>application/graphql-response+json</c>, which <c>*/*</c>
    /// and <c>application/*</c> also stand for; <see langword="null"/> when it accepts none of them.
    /// </summary>
    public static string? Negotiate(IList<MediaTypeHeaderValue> accept)
    {
        if (accept.Count == 0)
        {
            return GraphQLResponse;
        }

        string? chosen = null;
        var best = -1.0;
        foreach (var type in accept)
        {
            var quality = type.Quality ?? 1.0;
            var candidate = type.MediaType.Value switch
            {
                GraphQLResponse or "*/*" or "application/*" => GraphQLResponse,
                Json => Json,
                EventStream => EventStream,
                _ => null,
            };
            if (candidate is not null && quality > 0 && (quality > best || (quality == best && Rank(candidate) > Rank(chosen))))
            {
                (chosen, best) = (candidate, quality);
            }
        }

        return chosen;
    }

    /// <summary>The type that carries an error answered before any event: never the event stream, which carries results.</summary>
    public static string ForErrors(string mediaType) => mediaType == EventStream ? GraphQLResponse : mediaType;

    private static int Rank(string? mediaType) => mediaType switch
    {
        EventStream => 3,
        GraphQLResponse => 2,
        Json => 1,
        _ => 0,
    };
}
