using BitFaster.Caching.Lru;
using GraphQL;
using GraphQL.DI;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using TeamGraph.Api.Http.Limits;

namespace TeamGraph.Api.Http.Documents;

/// <summary>
/// The parsed documents of the last <see cref="Capacity"/> distinct query texts (least recently used first out), each
/// remembering whether it has passed validation once. Clients send the same few queries over and over; parsing them and
/// running every document rule again is most of the work of a light query.
/// </summary>
/// <remarks>
/// A document that passed is validated again only by <see cref="ExecutionOptions.CachedDocumentValidationRules"/>:
/// the rules whose answer depends on the request (the variables, the operation chosen, <c>@skip</c>/<c>@include</c>
/// with variables), that is the cost and depth limits and argument validation. The other rules look at the document
/// alone, against a schema and limits that do not change while the server runs, so their answer cannot change; variables
/// are still coerced and checked on every request by GraphQL.NET. A document that failed validation is never marked, so
/// it is validated in full (and refused) every time. Documents longer than <see cref="MaxCachedQueryLength"/> are parsed
/// afresh each time, so the cache holds at most <see cref="Capacity"/> × that much query text.
/// </remarks>
internal sealed class ValidatedDocumentCache : IConfigureExecution
{
    public const int Capacity = 500;

    public const int MaxCachedQueryLength = 16 * 1024;

    private readonly ConcurrentLru<string, CachedDocument> _documents = new(Capacity);

    /// <summary>How many documents are held (at most <see cref="Capacity"/>).</summary>
    public int Count => _documents.Count;

    /// <summary>After the options are configured (the rules chosen), like GraphQL.NET's own document cache.</summary>
    public float SortOrder => 300;

    /// <summary>
    /// The document of <paramref name="query"/>, parsed now or earlier; a query that does not parse is a document
    /// <see cref="GraphQLRequestError"/> (never cached).
    /// </summary>
    public GraphQLDocument Parse(string query)
    {
        if (query.Length > MaxCachedQueryLength)
        {
            return ParseAnew(query);
        }

        if (_documents.TryGet(query, out var cached))
        {
            return cached.Document;
        }

        var document = ParseAnew(query);
        _documents.AddOrUpdate(query, new CachedDocument(document));
        return document;
    }

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var cached = options.Query is { } query && options.Document is { } document
            && _documents.TryGet(query, out var entry) && ReferenceEquals(entry.Document, document)
                ? entry
                : null;
        if (cached is { IsValidated: true })
        {
            options.ValidationRules = options.CachedDocumentValidationRules;
        }

        var result = await next(options).ConfigureAwait(false);
        if (cached is { IsValidated: false } && result.Executed)
        {
            cached.IsValidated = true;
        }

        return result;
    }

    private static GraphQLDocument ParseAnew(string query)
    {
        try
        {
            return Parser.Parse(LoneCarriageReturnsAsLineFeeds(query));
        }
        catch (GraphQLMaxDepthExceededException exception)
        {
            throw new GraphQLRequestError("The query nests deeper than the parser accepts; nest it less.", exception)
            {
                IsDocumentError = true,
                Code = LimitErrorCodes.NestedTooDeep,
            };
        }
        catch (GraphQLParserException exception)
        {
            throw new GraphQLRequestError($"The query does not parse: {exception.Message}", exception) { IsDocumentError = true };
        }
    }

    /// <summary>
    /// <paramref name="query"/> with each carriage return not followed by a line feed made a line feed. Both end a line in
    /// GraphQL, and every offset stays where it was, so the document parses the same; but GraphQLParser, quoting the line
    /// of a syntax error that comes after a lone carriage return, throws an <see cref="IndexOutOfRangeException"/> instead
    /// of its syntax error (a 500 where the client's mistake deserves a 400 saying where it is).
    /// </summary>
    private static string LoneCarriageReturnsAsLineFeeds(string query) =>
        !query.Contains('\r', StringComparison.Ordinal)
            ? query
            : string.Create(query.Length, query, static (copy, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    copy[i] = source[i] == '\r' && (i + 1 == source.Length || source[i + 1] != '\n') ? '\n' : source[i];
                }
            });

    private sealed class CachedDocument(GraphQLDocument document)
    {
        private volatile bool _isValidated;

        public GraphQLDocument Document { get; } = document;

        /// <summary>Whether an execution has passed validation with the full rule set (set once, never unset).</summary>
        public bool IsValidated
        {
            get => _isValidated;
            set => _isValidated = value;
        }
    }
}
