using System.Reflection;
using TeamGraph.Core.Store;

namespace TeamGraph.Api.Tests.Http.Limits;

/// <summary>
/// A reader that answers like the one it wraps, except that <see cref="ITeamGraphReader.SearchAsync"/> runs
/// <see cref="Search"/> instead: a way to make a resolver throw or hang without a test-only field in the schema.
/// </summary>
public class InterceptedReader : DispatchProxy
{
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

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        targetMethod!.Name == nameof(ITeamGraphReader.SearchAsync)
            ? Search((CancellationToken)args![^1]!)
            : targetMethod.Invoke(_inner, args);
}
