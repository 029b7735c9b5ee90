using System.Globalization;
using CommunityToolkit.HighPerformance.Buffers;

namespace TeamGraph.Core.Cards;

/// <summary>Where a fact was written: the document path (relative, <c>/</c>-separated) and the 1-based line.</summary>
public readonly record struct SourceRef(string Path, int Line)
{
    /// <summary>The <c>path:line</c> form used as the <c>source</c> property of every node and relationship.</summary>
    public override string ToString() => $"{Path}:{Line}";

    /// <summary>
    /// Reads the <c>path:line</c> form <see cref="ToString"/> writes. The line is what follows the last colon; without
    /// one (or when it is not a number) the whole text is the path and the line is 0, meaning unknown. The path comes
    /// from <see cref="StringPool.Shared"/>: a graph's sources name a few thousand documents hundreds of thousands of times.
    /// </summary>
    public static SourceRef Parse(string? source)
    {
        if (string.IsNullOrEmpty(source))
        {
            return new SourceRef("", 0);
        }

        var colon = source.LastIndexOf(':');
        return colon > 0 && int.TryParse(source.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            ? new SourceRef(StringPool.Shared.GetOrAdd(source.AsSpan(0, colon)), line)
            : new SourceRef(source, 0);
    }
}
