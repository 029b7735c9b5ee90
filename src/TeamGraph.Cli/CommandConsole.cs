using System.CommandLine;
using Spectre.Console;

namespace TeamGraph.Cli;

/// <summary>
/// How the commands may decorate their output: severity colours on each stream that is a terminal (none under
/// <c>NO_COLOR</c>), and progress on stderr drawn live on a terminal, as plain lines when redirected, or not at all
/// under <c>--quiet</c>. Tests build it for either kind of stream.
/// </summary>
internal sealed class CommandConsole(TextWriter stderr, TerminalCapabilities terminal, Func<IAnsiConsole>? liveConsole = null)
{
    /// <summary>For stdout: lint's and audit's lines.</summary>
    public SeverityPalette Stdout { get; } = SeverityPalette.For(terminal.ColoursStdout);

    /// <summary>For stderr: the summary line.</summary>
    public SeverityPalette Stderr { get; } = SeverityPalette.For(terminal.ColoursStderr);

    /// <summary>Starts the progress display of the command <paramref name="parseResult"/> runs.</summary>
    public ICommandProgress StartProgress(ParseResult parseResult)
    {
        if (parseResult.GetValue<bool>(QuietOption.Name))
        {
            return SilentProgress.Instance;
        }

        return terminal.StderrIsTerminal ? new LiveProgress((liveConsole ?? CreateStderrConsole)()) : new ProgressPrinter(stderr);
    }

    private IAnsiConsole CreateStderrConsole() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(stderr),
        Ansi = AnsiSupport.Yes,
        Interactive = InteractionSupport.Yes,
        ColorSystem = terminal.NoColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
    });
}
