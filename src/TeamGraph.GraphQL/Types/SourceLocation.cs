using System.Globalization;

namespace TeamGraph.GraphQL.Types;

/// <summary>Where a fact is written: a document path relative to the served folder and a 1-based line (0 when unknown).</summary>
internal sealed record SourceLocation(string Path, int Line)
{
    /// <summary>Reads the <c>path:line</c> form of the graph's <c>source</c> properties.</summary>
    public static SourceLocation Parse(string? source)
    {
        if (string.IsNullOrEmpty(source))
        {
            return new SourceLocation("", 0);
        }

        var colon = source.LastIndexOf(':');
        return colon > 0 && int.TryParse(source.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            ? new SourceLocation(source[..colon], line)
            : new SourceLocation(source, 0);
    }
}
