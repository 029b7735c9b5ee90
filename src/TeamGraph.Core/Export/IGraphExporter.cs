using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Export;

/// <summary>Writes a whole <see cref="PropertyGraph"/> in one text format, deterministically.</summary>
public interface IGraphExporter
{
    /// <summary>
    /// Writes <paramref name="graph"/> to <paramref name="writer"/>, lines ending in <c>\n</c>.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The graph uses a label or type outside the fixed vocabulary, a property key that is not an identifier, or a
    /// property value that is not a string, integer, finite number, boolean or list of strings. Nothing is written then.
    /// </exception>
    void Export(PropertyGraph graph, TextWriter writer);
}
