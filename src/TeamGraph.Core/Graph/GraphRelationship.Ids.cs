namespace TeamGraph.Core.Graph;

/// <summary>
/// A relationship's id as the ingest makes it: <c>{type}:{start}->{end}</c>, and <c>#{discriminator}</c> when two
/// relationships of a type join the same nodes. A graph holds hundreds of thousands of them, so a relationship keeps
/// the parts (shared strings) and spells the id only when asked; ids are ordered without spelling them.
/// </summary>
public sealed partial record GraphRelationship
{
    /// <summary>
    /// Compares ids ordinally, as <see cref="string.CompareOrdinal(string, string)"/> on <see cref="Id"/> would, without
    /// spelling out composed ids.
    /// </summary>
    public static int CompareIds(GraphRelationship a, GraphRelationship b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a._id is not null || b._id is not null)
        {
            return string.CompareOrdinal(a.Id, b.Id);
        }

        // Piece by piece: type, start and end are mostly shared strings, so equal ones are skipped by reference. Only
        // when one piece is a proper prefix of the other do the separators decide, and the ids are walked as spelled.
        var order = ComparePieces(a.Type, b.Type, out var prefix);
        if (order == 0 && !prefix)
        {
            order = ComparePieces(a.StartId, b.StartId, out prefix);
        }

        if (order == 0 && !prefix)
        {
            order = ComparePieces(a.EndId, b.EndId, out prefix);
        }

        if (prefix)
        {
            return CompareSpelled(a, b);
        }

        return order != 0 ? order : (a._discriminator, b._discriminator) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            var (x, y) => string.CompareOrdinal(x, y),
        };
    }

    /// <summary>The ordinal order of two pieces; <paramref name="prefix"/> when they differ only in that one is longer.</summary>
    private static int ComparePieces(string x, string y, out bool prefix)
    {
        prefix = false;
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        var common = Math.Min(x.Length, y.Length);
        var order = x.AsSpan(0, common).SequenceCompareTo(y.AsSpan(0, common));
        prefix = order == 0 && x.Length != y.Length;
        return order;
    }

    private static int CompareSpelled(GraphRelationship a, GraphRelationship b)
    {
        var left = new IdParts(a);
        var right = new IdParts(b);
        var x = left.Next();
        var y = right.Next();
        while (true)
        {
            if (x.IsEmpty && !left.AtEnd)
            {
                x = left.Next();
                continue;
            }

            if (y.IsEmpty && !right.AtEnd)
            {
                y = right.Next();
                continue;
            }

            if (x.IsEmpty || y.IsEmpty)
            {
                return x.Length - y.Length;
            }

            var common = Math.Min(x.Length, y.Length);
            var order = x[..common].SequenceCompareTo(y[..common]);
            if (order != 0)
            {
                return order;
            }

            x = x[common..];
            y = y[common..];
        }
    }

    /// <summary>Relationships are equal when their ids are (<see cref="CompareIds"/>), the ids never spelled out.</summary>
    internal static IEqualityComparer<GraphRelationship> IdEquality { get; } = new SameId();

    /// <summary>The relationship <paramref name="type"/> from <paramref name="startId"/> to <paramref name="endId"/>, its id composed of those and <paramref name="discriminator"/>.</summary>
    internal static GraphRelationship Composed(string type, string startId, string endId, string? discriminator, IReadOnlyDictionary<string, object> properties) =>
        new(properties, type, startId, endId, discriminator);

    /// <summary>The id of the relationship <paramref name="type"/> from <paramref name="startId"/> to <paramref name="endId"/>, told apart from others between them by <paramref name="discriminator"/>.</summary>
    internal static string ComposedId(string type, string startId, string endId, string? discriminator) =>
        discriminator is null ? $"{type}:{startId}->{endId}" : $"{type}:{startId}->{endId}#{discriminator}";

    private sealed class SameId : IEqualityComparer<GraphRelationship>
    {
        public bool Equals(GraphRelationship? x, GraphRelationship? y) => x is not null && y is not null && CompareIds(x, y) == 0;

        /// <summary>FNV-1a over the id's characters, read piece by piece: the same for every way of holding one id.</summary>
        public int GetHashCode(GraphRelationship obj)
        {
            var hash = 2166136261u;
            if (obj._id is not null)
            {
                return (int)Fold(hash, obj._id);
            }

            var parts = new IdParts(obj);
            while (!parts.AtEnd)
            {
                hash = Fold(hash, parts.Next());
            }

            return (int)hash;
        }

        private static uint Fold(uint hash, ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return hash;
        }
    }

    /// <summary>The pieces a composed id is spelled with, one after the other.</summary>
    private ref struct IdParts(GraphRelationship relationship)
    {
        private int _next;

        public readonly bool AtEnd => _next > LastPiece;

        private readonly int LastPiece => relationship._discriminator is null ? 4 : 6;

        public ReadOnlySpan<char> Next() => Piece(_next++);

        private readonly string? Piece(int index) => index > LastPiece ? null : index switch
        {
            0 => relationship.Type,
            1 => ":",
            2 => relationship.StartId,
            3 => "->",
            4 => relationship.EndId,
            5 => "#",
            6 => relationship._discriminator,
            _ => null,
        };
    }
}
