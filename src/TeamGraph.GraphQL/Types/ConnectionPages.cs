using System.Text;
using GraphQL;
using GraphQL.Types.Relay.DataObjects;

namespace TeamGraph.GraphQL.Types;

/// <summary>
/// Relay pages of a sorted list. A cursor is the key of its item (a node id, or a chain's hops), so it stays valid while
/// the item is there, whatever was added before it.
/// </summary>
internal static class ConnectionPages
{
    /// <summary>
    /// Fills <paramref name="connection"/> with the items after the one whose key <paramref name="after"/> encodes,
    /// <paramref name="first"/> of them (all when null); <c>totalCount</c> is the length of <paramref name="items"/>.
    /// </summary>
    public static TConnection Page<T, TConnection>(TConnection connection, IReadOnlyList<T> items, Func<T, string> key, int? first, string? after)
        where TConnection : Connection<T> =>
        Page(connection, items, (item, wanted) => key(item) == wanted, key, first, after);

    /// <summary>
    /// <see cref="Page{T, TConnection}(TConnection, IReadOnlyList{T}, Func{T, string}, int?, string?)"/> for items whose
    /// key is costly to build: <paramref name="hasKey"/> finds the item after which the page starts without building the
    /// keys before it.
    /// </summary>
    public static TConnection Page<T, TConnection>(
        TConnection connection, IReadOnlyList<T> items, Func<T, string, bool> hasKey, Func<T, string> key, int? first, string? after)
        where TConnection : Connection<T>
    {
        var start = 0;
        if (after is not null)
        {
            var afterKey = DecodeCursor(after);
            start = IndexOf(items, hasKey, afterKey) + 1;
            if (start == 0)
            {
                throw new ExecutionError($"'after' is not a cursor of this connection: {after}.");
            }
        }

        var count = Math.Min(first ?? int.MaxValue, items.Count - start);
        var edges = new List<Edge<T>>(count);
        for (var i = start; i < start + count; i++)
        {
            edges.Add(new Edge<T> { Cursor = EncodeCursor(key(items[i])), Node = items[i] });
        }

        connection.TotalCount = items.Count;
        connection.Edges = edges;
        connection.PageInfo = new PageInfo
        {
            HasNextPage = start + count < items.Count,
            HasPreviousPage = start > 0,
            StartCursor = edges.FirstOrDefault()?.Cursor,
            EndCursor = edges.LastOrDefault()?.Cursor,
        };
        return connection;
    }

    private static int IndexOf<T>(IReadOnlyList<T> items, Func<T, string, bool> hasKey, string wanted)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (hasKey(items[i], wanted))
            {
                return i;
            }
        }

        return -1;
    }

    private static string EncodeCursor(string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(key));

    private static string DecodeCursor(string cursor)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
        }
        catch (FormatException)
        {
            throw new ExecutionError($"'after' is not a cursor of this connection: {cursor}.");
        }
    }
}
