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

    // Looked up by span, so a set already known costs no array: one lookup per element built.
    private static readonly ConcurrentDictionary<string[], string[]>.AlternateLookup<ReadOnlySpan<string>> BySpan =
        Sets.GetAlternateLookup<ReadOnlySpan<string>>();

    /// <summary>The shared array holding <paramref name="keys"/>, in their order.</summary>
    public static string[] Shared(ReadOnlySpan<string> keys)
    {
        if (BySpan.TryGetValue(keys, out var shared))
        {
            return shared;
        }

        var wanted = keys.ToArray();
        return Sets.GetOrAdd(wanted, wanted);
    }

    private sealed class SequenceComparer : IEqualityComparer<string[]>, IAlternateEqualityComparer<ReadOnlySpan<string>, string[]>
    {
        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.AsSpan().SequenceEqual(y);

        public int GetHashCode(string[] obj) => GetHashCode((ReadOnlySpan<string>)obj);

        public bool Equals(ReadOnlySpan<string> alternate, string[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<string> alternate)
        {
            var hash = new HashCode();
            foreach (var key in alternate)
            {
                hash.Add(key, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }

        public string[] Create(ReadOnlySpan<string> alternate) => alternate.ToArray();
    }
}
