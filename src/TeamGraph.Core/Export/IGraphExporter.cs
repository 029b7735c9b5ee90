using System.Text;
using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Export;

/// <summary>Writes a whole <see cref="PropertyGraph"/> in one text format, deterministically.</summary>
public interface IGraphExporter
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <paramref name="graph"/> to <paramref name="writer"/>, lines ending in <c>\n</c>.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The graph uses a label or type outside the fixed vocabulary, a property key that is not an identifier, or a
    /// property value that is not a string, integer, finite number, boolean or list of strings. Nothing is written then.
    /// </exception>
    void Export(PropertyGraph graph, TextWriter writer);

    /// <summary>
    /// Writes the same text to <paramref name="stream"/> as UTF-8 without a byte order mark; leaves it open. An exporter
    /// that makes UTF-8 itself writes it straight through rather than by way of a <see cref="TextWriter"/>.
    /// </summary>
    void Export(PropertyGraph graph, Stream stream)
    {
        using var writer = new StreamWriter(stream, Utf8WithoutBom, bufferSize: 1 << 16, leaveOpen: true);
        Export(graph, writer);
    }
}
