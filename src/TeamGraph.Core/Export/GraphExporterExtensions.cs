using System.Text;
using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Export;

/// <summary>Stream and string conveniences for every <see cref="IGraphExporter"/>.</summary>
public static class GraphExporterExtensions
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the graph to <paramref name="stream"/> as UTF-8 without a byte order mark; leaves it open.</summary>
    public static void Export(this IGraphExporter exporter, PropertyGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        using var writer = new StreamWriter(stream, Utf8WithoutBom, bufferSize: 1 << 16, leaveOpen: true);
        exporter.Export(graph, writer);
    }

    /// <summary>The whole export as one string.</summary>
    public static string ExportToString(this IGraphExporter exporter, PropertyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        exporter.Export(graph, writer);
        return writer.ToString();
    }
}
