using System.Globalization;

namespace TeamGraph.Core.Export;

/// <summary>
/// Formats a finite <see cref="double"/> so that it round-trips and still reads as a float (<c>3.0</c>, not <c>3</c>):
/// both JSON importers and Cypher type <c>3</c> as an integer. Shared by the JSON lines exporter and the Cypher script.
/// </summary>
public static class FloatingPointLiteral
{
    /// <summary>The literal of <paramref name="value"/>, e.g. <c>0.7</c>, <c>3.0</c>, <c>1E20</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is NaN or infinite.</exception>
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{value} has no literal form; only finite numbers can be exported.", nameof(value));
        }

        // "R" gives the shortest round-tripping form, e.g. "1E+20"; Cypher's grammar is not sure to take "E+".
        var text = value.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "E", StringComparison.Ordinal);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
