using System.Reflection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TeamGraph.Core.Store;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Tests.Http.Limits;

/// <summary>
/// A reader that answers like the one it wraps, except that <see cref="ITeamGraphReader.SearchAsync"/> runs
/// <see cref="Search"/> instead: a way to make a resolver throw or hang without a test-only field in the schema.
/// </summary>
public class InterceptedReader : DispatchProxy
{
    /// <summary>A query that reaches <see cref="Search"/>.</summary>
    public const string SearchQuery = """{ search(text: "deploy") { text } }""";

    private ITeamGraphReader _inner = null!;

    public Func<CancellationToken, Task<IReadOnlyList<TeamGraph.Core.Queries.SearchHit>>> Search { get; private set; } = null!;

    public static ITeamGraphReader Wrap(ITeamGraphReader inner, Func<CancellationToken, Task<IReadOnlyList<TeamGraph.Core.Queries.SearchHit>>> search)
    {
        var reader = Create<ITeamGraphReader, InterceptedReader>();
        var proxy = (InterceptedReader)(object)reader;
        proxy._inner = inner;
        proxy.Search = search;
        return reader;
    }

    /// <summary>
    /// A client of <paramref name="api"/> whose first query has run (so that start-up work does not count against a short
    /// timeout), with the served graph's search answered by <paramref name="search"/> from then on.
    /// </summary>
    public static async Task<HttpClient> ServeSearchAsync(
        WebApplicationFactory<Program> api, Func<CancellationToken, Task<IReadOnlyList<TeamGraph.Core.Queries.SearchHit>>> search)
    {
        var client = api.CreateClient();
        await client.PostQueryAsync(SearchQuery);
        var state = api.Services.GetRequiredService<TeamGraphState>();
        state.Serve(state.Current with { Reader = Wrap(state.Current.Reader, search) });
        return client;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        targetMethod!.Name == nameof(ITeamGraphReader.SearchAsync)
            ? Search((CancellationToken)args![^1]!)
            : targetMethod.Invoke(_inner, args);
}
