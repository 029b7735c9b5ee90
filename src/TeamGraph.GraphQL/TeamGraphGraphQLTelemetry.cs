using GraphQL;
using GraphQL.DI;
using GraphQL.Telemetry;

namespace TeamGraph.GraphQL;

/// <summary>GraphQL.NET's spans for TeamGraph: one per execution, with the document recorded up to a bound.</summary>
public static class TeamGraphGraphQLTelemetry
{
    /// <summary>
    /// The longest document recorded on a span (<c>graphql.document</c>), in characters; a longer one is cut and ends
    /// with "…". A request body may carry 100 KB of document, which no trace backend wants on every span.
    /// </summary>
    public const int MaxRecordedDocumentLength = 2048;

    /// <summary>
    /// Starts a span on GraphQL.NET's <see cref="GraphQLTelemetryProvider.SourceName"/> source per execution, named by
    /// the operation, with <c>graphql.operation.name</c>, <c>graphql.operation.type</c> and the bounded document. Costs
    /// nothing measurable while no listener subscribes to that source.
    /// </summary>
    public static IGraphQLBuilder UseTeamGraphTelemetry(this IGraphQLBuilder builder) =>
        builder.UseTelemetry(options =>
        {
            options.RecordDocument = true;
            options.SanitizeDocument = execution => Bounded(execution.Query);
        });

    /// <summary><paramref name="document"/>, cut to <see cref="MaxRecordedDocumentLength"/> characters (a surrogate pair is not split).</summary>
    public static string? Bounded(string? document)
    {
        if (document is null || document.Length <= MaxRecordedDocumentLength)
        {
            return document;
        }

        var length = MaxRecordedDocumentLength - 1;
        if (char.IsHighSurrogate(document[length - 1]))
        {
            length--;
        }

        return string.Concat(document.AsSpan(0, length), "…");
    }
}
