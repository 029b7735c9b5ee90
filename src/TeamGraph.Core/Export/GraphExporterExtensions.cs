using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Export;

/// <summary>String conveniences for every <see cref="IGraphExporter"/>.</summary>
public static class GraphExporterExtensions
{
    /// <summary>The whole export as one string.</summary>
    public static string ExportToString(this IGraphExporter exporter, PropertyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        exporter.Export(graph, writer);
        return writer.ToString();
    }
}
