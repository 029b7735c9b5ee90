using Microsoft.Net.Http.Headers;

namespace TeamGraph.Api.Http;

/// <summary>The media types of GraphQL over HTTP and the choice between them.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response type for an <c>Accept</c> header: <c>application/graphql-response+json</c> unless the client accepts
    /// only <c>application/json</c>; <see langword="null"/> when it accepts neither.
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
                _ => null,
            };
            if (candidate is not null && quality > 0 && (quality > best || (quality == best && candidate == GraphQLResponse)))
            {
                (chosen, best) = (candidate, quality);
            }
        }

        return chosen;
    }
}
