using System.Collections;

namespace TeamGraph.Testing;

/// <summary>
/// A card section that throws when read: the way to make one stage fail on one document, half way through its work,
/// and check that the failure stays with that document.
/// </summary>
public sealed class ThrowingList<T> : IReadOnlyList<T>
{
    public int Count => 1;

    public T this[int index] => throw Fault();

    public IEnumerator<T> GetEnumerator() => throw Fault();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static InvalidOperationException Fault() => new("Injected fault: this section cannot be read.");
}
