namespace TeamGraph.Cli;

/// <summary>
/// What the process's streams are: a terminal (progress drawn live, severities coloured) or redirected to a file or
/// pipe (plain text, byte for byte what scripts and tests compare), and whether <c>NO_COLOR</c> forbids colour.
/// </summary>
internal sealed record TerminalCapabilities(bool StdoutIsTerminal, bool StderrIsTerminal, bool NoColor)
{
    /// <summary>Both streams redirected: what tests and pipelines see.</summary>
    public static TerminalCapabilities Redirected { get; } = new(false, false, false);

    /// <summary>Colour on stdout: a terminal, and no <c>NO_COLOR</c>.</summary>
    public bool ColoursStdout => StdoutIsTerminal && !NoColor;

    /// <summary>Colour on stderr: a terminal, and no <c>NO_COLOR</c>.</summary>
    public bool ColoursStderr => StderrIsTerminal && !NoColor;

    /// <summary>This process's streams; <c>NO_COLOR</c> counts when set to any non-empty value (no-color.org).</summary>
    public static TerminalCapabilities Detect(Func<string, string?> environment) =>
        new(!Console.IsOutputRedirected, !Console.IsErrorRedirected, !string.IsNullOrEmpty(environment("NO_COLOR")));
}
