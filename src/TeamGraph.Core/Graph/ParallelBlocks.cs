using System.Runtime.ExceptionServices;

namespace TeamGraph.Core.Graph;

/// <summary>Runs blocks of work over a graph (building it, checking it, exporting it) on every processor, as if one thread had run them in order.</summary>
internal static class ParallelBlocks
{
    /// <summary>
    /// Runs <paramref name="body"/> for blocks 0 to <paramref name="count"/> − 1 at once. An exception leaves as itself,
    /// not wrapped in an <see cref="AggregateException"/>, and when several blocks throw it is the lowest block's: what
    /// one thread going through the blocks in order would have thrown first.
    /// </summary>
    public static void Run(int count, Action<int> body)
    {
        if (count == 1)
        {
            body(0);
            return;
        }

        var failures = new ExceptionDispatchInfo?[count];
        Parallel.For(0, count, block =>
        {
            try
            {
                body(block);
            }
            catch (Exception exception)
            {
                failures[block] = ExceptionDispatchInfo.Capture(exception);
            }
        });
        Array.Find(failures, failure => failure is not null)?.Throw();
    }

    /// <summary>
    /// The first non-null <paramref name="at"/>(i) for i from 0 to <paramref name="count"/> − 1, in that order, looked for
    /// in blocks of <paramref name="blockSize"/> at once; null when there is none.
    /// </summary>
    public static T? First<T>(int count, int blockSize, Func<int, T?> at)
        where T : class
    {
        var blocks = (count + blockSize - 1) / blockSize;
        var found = new T?[blocks];
        Run(blocks, block =>
        {
            for (var i = block * blockSize; i < Math.Min(count, (block + 1) * blockSize) && found[block] is null; i++)
            {
                found[block] = at(i);
            }
        });
        return Array.Find(found, item => item is not null);
    }
}
