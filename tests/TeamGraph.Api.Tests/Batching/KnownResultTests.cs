using GraphQL.DataLoader;
using TeamGraph.GraphQL.Batching;

namespace TeamGraph.Api.Tests.Batching;

/// <summary>
/// Values read from a store in memory: known at once through <c>Then</c> and <c>All</c>, handed to GraphQL.NET as
/// themselves, and a failure in a mapping read as a faulted value, as a deferred one fails.
/// </summary>
public class KnownResultTests
{
    private static Task<object?> ReadAsGraphQLDoes(IDataLoaderResult result) => result.GetResultAsync(TestContext.Current.CancellationToken);

    [Fact]
    public void Known_MappedAndNested_IsAnsweredAsTheValueItself()
    {
        var known = DeferredResult<int>.Known(20);

        var nested = known.Then(n => DeferredResult<string>.Known($"{n + 1}").Then(text => text + "!"));

        Assert.True(nested.IsKnown);
        Assert.Equal("21!", nested.ValueOrSelf());
        Assert.Equal(20, known.KnownValue);
    }

    [Fact]
    public async Task Known_MappingThatThrows_IsNotKnownAndReadsAsAFault()
    {
        var failed = DeferredResult<int>.Known(1).Then<int>(_ => throw new InvalidOperationException("no such node"));

        Assert.False(failed.IsKnown);
        Assert.Same(failed, failed.ValueOrSelf());
        Assert.Throws<InvalidOperationException>(() => failed.KnownValue);
        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => ReadAsGraphQLDoes(failed));
        Assert.Equal("no such node", thrown.Message);
    }

    [Fact]
    public async Task All_KnownOnlyWhenEveryOneIs_AndInOrderEitherWay()
    {
        var loader = new BatchLoader<string>((keys, _) => Task.FromResult<Func<string, string>>(key => key.ToUpperInvariant()));

        var allKnown = DeferredResults.All([DeferredResult<string>.Known("x"), DeferredResult<string>.Known("y")]);
        var mixed = DeferredResults.All([DeferredResult<string>.Known("x"), loader.Load("b")]);

        Assert.Equal<string>(["x", "y"], (IReadOnlyList<string>)allKnown.ValueOrSelf()!);
        Assert.False(mixed.IsKnown);
        Assert.Same(mixed, mixed.ValueOrSelf());
        Assert.Equal<string>(["x", "B"], (IReadOnlyList<string>)(await ReadAsGraphQLDoes(mixed))!);
    }

    [Fact]
    public void Deferred_HoldingAKnownValue_StaysDeferredUntilRead()
    {
        var loader = new BatchLoader<string>((keys, _) => Task.FromResult<Func<string, string>>(key => key));

        var deferred = loader.Load("a").Then(DeferredResult<string>.Known);

        Assert.False(deferred.IsKnown);
        Assert.Same(deferred, deferred.ValueOrSelf());
    }
}
