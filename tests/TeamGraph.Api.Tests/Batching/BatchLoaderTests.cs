using GraphQL.DataLoader;
using TeamGraph.GraphQL.Batching;

namespace TeamGraph.Api.Tests.Batching;

/// <summary>
/// The request's batch loader and the deferred results it hands out: one fetch per batch of distinct keys, a key fetched
/// once per request, values read at once when the batch is already fetched and later when it is not, failures as faulted
/// reads.
/// </summary>
public class BatchLoaderTests
{
    private readonly List<string[]> _fetches = [];

    private BatchLoader<string> Loader(Func<IReadOnlyCollection<string>, Task>? before = null, Func<string, string>? value = null) =>
        new(async (keys, _) =>
        {
            _fetches.Add([.. keys]);
            if (before is not null)
            {
                await before(keys);
            }

            return value ?? (key => key.ToUpperInvariant());
        });

    private static Task<object?> ReadAsGraphQLDoes(IDataLoaderResult result) => result.GetResultAsync(TestContext.Current.CancellationToken);

    [Fact]
    public async Task KeysAskedBeforeTheFirstRead_AreFetchedInOneCall_EachOnce()
    {
        var loader = Loader();
        var a = loader.Load("a");
        var b = loader.Load("b");
        var again = loader.Load("a");

        Assert.Equal("A", await ReadAsGraphQLDoes(a));
        Assert.Equal("B", await ReadAsGraphQLDoes(b));
        Assert.Equal("A", await ReadAsGraphQLDoes(again));
        Assert.Equal([["a", "b"]], _fetches);
    }

    [Fact]
    public async Task KeysAskedAfterABatchWasFetched_GoToTheNextBatch_AndKnownKeysAreNotFetchedAgain()
    {
        var loader = Loader();
        Assert.Equal("A", await ReadAsGraphQLDoes(loader.Load("a")));

        var known = loader.Load("a");
        var later = loader.Load("c");

        Assert.Equal("C", await ReadAsGraphQLDoes(later));
        Assert.Equal("A", await ReadAsGraphQLDoes(known));
        Assert.Equal([["a"], ["c"]], _fetches);
    }

    [Fact]
    public async Task AFetchedBatch_IsReadAtOnce_AndAPendingOneWhenItIsFetched()
    {
        var release = new TaskCompletionSource();
        var loader = Loader(before: _ => release.Task);
        var mapped = loader.Load("a").Then(value => value + "!");

        var pending = ReadAsGraphQLDoes(mapped);
        Assert.False(pending.IsCompleted);
        release.SetResult();
        Assert.Equal("A!", await pending);

        var again = ReadAsGraphQLDoes(loader.Load("a").Then(value => value + "?"));
        Assert.True(again.IsCompletedSuccessfully);
        Assert.Equal("A?", await again);
    }

    [Fact]
    public async Task AFailingFetchOrMap_IsAFaultedRead_NotAThrow()
    {
        var failingFetch = Loader(before: _ => throw new InvalidOperationException("store down"));
        var failingValue = Loader(value: key => throw new KeyNotFoundException(key));
        var failingMap = Loader().Load("a").Then<string>(_ => throw new FormatException("bad value"));

        var fetched = ReadAsGraphQLDoes(failingFetch.Load("a"));
        var read = ReadAsGraphQLDoes(failingValue.Load("b"));
        var mapped = ReadAsGraphQLDoes(failingMap);

        Assert.Equal("store down", (await Assert.ThrowsAsync<InvalidOperationException>(() => fetched)).Message);
        Assert.True(read.IsFaulted);
        Assert.Equal("b", (await Assert.ThrowsAsync<KeyNotFoundException>(() => read)).Message);
        Assert.True(mapped.IsFaulted);
        await Assert.ThrowsAsync<FormatException>(() => mapped);
    }

    [Fact]
    public async Task All_ReadsEveryValueInOrder_FromOneBatch()
    {
        var loader = Loader();
        var all = DeferredResults.All([loader.Load("b"), loader.Load("a"), loader.Load("b")]);

        Assert.Equal(["B", "A", "B"], await all.GetResultAsync(TestContext.Current.CancellationToken));
        Assert.Equal([["b", "a"]], _fetches);
    }
}
