using System.Collections.Concurrent;

namespace TeamGraph.Core.Graph;

/// <summary>
/// One array per set of property names: elements of one label or type share the few sets their schema allows, so a
/// graph of hundreds of thousands of elements keeps a few hundred key arrays, not one each.
/// </summary>
internal static class PropertyKeySets
{
    // Bounded by the schema: every key is a declared property name, and an element type has a few optional ones.
    private static readonly ConcurrentDictionary<string[], string[]> Sets = new(new SequenceComparer());

    /// <summary>The shared array holding <paramref name="keys"/>, in their order.</summary>
    public static string[] Shared(List<string> keys)
    {
        string[] wanted = [.. keys];
        return Sets.GetOrAdd(wanted, wanted);
    }

    private sealed class SequenceComparer : IEqualityComparer<string[]>
    {
        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.AsSpan().SequenceEqual(y);

        public int GetHashCode(string[] obj)
        {
            var hash = new HashCode();
            foreach (var key in obj)
            {
                hash.Add(key, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }
}
