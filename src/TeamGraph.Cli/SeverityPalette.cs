using Spectre.Console;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Cli;

/// <summary>
/// Colours severities in the lines a command prints: <see cref="Colours"/> wraps them in ANSI colour (Spectre's
/// writer), <see cref="Plain"/> leaves every line exactly as it is.
/// </summary>
internal sealed class SeverityPalette
{
    private readonly AnsiCapabilities? _capabilities;

    private SeverityPalette(AnsiCapabilities? capabilities) => _capabilities = capabilities;

    /// <summary>No colour: the text unchanged.</summary>
    public static SeverityPalette Plain { get; } = new(null);

    /// <summary>The standard 16 colours every terminal shows: red errors, yellow warnings, blue info.</summary>
    public static SeverityPalette Colours { get; } = new(AnsiCapabilities.Create(TextWriter.Null,
        new AnsiWriterSettings { Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.Standard }));

    /// <summary>The palette for a stream that <paramref name="colours"/> or not.</summary>
    public static SeverityPalette For(bool colours) => colours ? Colours : Plain;

    /// <summary><paramref name="text"/> in the colour of <paramref name="severity"/>.</summary>
    public string Paint(DiagnosticSeverity severity, string text)
    {
        if (_capabilities is null || text.Length == 0)
        {
            return text;
        }

        using var painted = new StringWriter();
        new AnsiWriter(painted, _capabilities).Write(text, new Style(ColourOf(severity)), null);
        return painted.ToString();
    }

    /// <summary>The diagnostic's line (<see cref="Diagnostic.ToString"/>) with its severity word painted.</summary>
    public string Line(Diagnostic diagnostic)
    {
        var line = diagnostic.ToString();
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        return Paint(diagnostic.Severity, severity) + line[severity.Length..];
    }

    private static Color ColourOf(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Color.Red,
        DiagnosticSeverity.Warning => Color.Yellow,
        _ => Color.Blue,
    };
}
