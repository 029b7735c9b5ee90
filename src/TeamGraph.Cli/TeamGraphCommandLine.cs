using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using TeamGraph.Core.Diagrams;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Cli;

/// <summary>The <c>teamgraph</c> command tree, runnable in-process with any stdout and stderr.</summary>
internal static class TeamGraphCommandLine
{
    /// <summary><c>--verbose</c>, on every command: show the stack trace of an unexpected failure.</summary>
    private const string VerboseName = "--verbose";

    /// <summary>Parses and runs <paramref name="args"/> against the real ingester, both streams taken as redirected.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, new CommandConsole(stderr, TerminalCapabilities.Redirected));

    /// <summary>Parses and runs <paramref name="args"/> against the real ingester, decorating output as <paramref name="console"/> allows.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CommandConsole console)
    {
        // The ingester is made once the command line is parsed, with the budget it asks for.
        var options = IngestionOptions.Default;
        return Run(args, stdout, stderr, (folder, progress, token) => new FolderIngester(options: options).Ingest(folder, progress, token),
            new DiagramGenerator(), console, parsed => options = parsed);
    }

    /// <summary>Parses and runs <paramref name="args"/>; usage errors exit with <see cref="ExitCodes.UsageError"/>.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, FolderIngest ingest) =>
        Run(args, stdout, stderr, ingest, new DiagramGenerator());

    /// <summary>Parses and runs <paramref name="args"/> with <paramref name="diagrams"/> drawing the diagrams.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, FolderIngest ingest, IDiagramGenerator diagrams) =>
        Run(args, stdout, stderr, ingest, diagrams, new CommandConsole(stderr, TerminalCapabilities.Redirected), configure: null);

    private static int Run(
        IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, FolderIngest ingest, IDiagramGenerator diagrams, CommandConsole console,
        Action<IngestionOptions>? configure)
    {
        var parseResult = Build(stdout, stderr, ingest, diagrams, console).Parse(args);

        // System.CommandLine exits 1 on parse errors; 1 is lint's "the documents have errors", so usage gets its own code.
        if (parseResult.Action is ParseErrorAction)
        {
            var errors = TypoHint.For(parseResult) is { } typo ? [typo] : parseResult.Errors.Select(e => e.Message);
            foreach (var error in errors)
            {
                stderr.WriteLine($"error: {error}");
            }

            stderr.WriteLine($"Run '{CommandPath(parseResult)} --help' for usage.");
            return ExitCodes.UsageError;
        }

        configure?.Invoke(DocumentBudgetOption.Read(parseResult));

        // Our own handler rather than System.CommandLine's, which prints the stack trace to every user.
        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("cancelled");
            return ExitCodes.Cancelled;
        }
#pragma warning disable CA1031 // The last line of defence: whatever escapes a command becomes one message and an exit code.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            stderr.WriteLine(UnexpectedFailure.Describe(exception, parseResult.GetValue<bool>(VerboseName)));
            return ExitCodes.InternalError;
        }
    }

    public static RootCommand Build(TextWriter stdout, TextWriter stderr, FolderIngest ingest, IDiagramGenerator diagrams, CommandConsole console) =>
        new("TeamGraph: turn a team's Markdown role cards into a queryable graph.")
        {
            new LintCommand(stdout, stderr, ingest, console).Create(),
            new ExportCommand(stdout, stderr, ingest, console).Create(),
            new AuditCommand(stdout, stderr, ingest, console).Create(),
            new DiagramCommand(stdout, stderr, ingest, diagrams, console).Create(),
            new DocsSyncCommand(stdout, stderr, ingest, diagrams, console).Create(),
            new SchemaCommand(stdout, stderr).Create(),
            new NewCardCommand(stdout, stderr).Create(),
            new IngestCommand(stdout, stderr, ingest, Environment.GetEnvironmentVariable, console).Create(),
            QuietOption.Create(),
            new Option<bool>(VerboseName)
            {
                Description = "On an unexpected failure (a TeamGraph bug), print the stack trace too.",
                Recursive = true,
            },
            DocumentBudgetOption.Create(),
        };

    // "teamgraph docs sync", not just "sync", for subcommands.
    private static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as CommandResult)
        {
            names.Add(result.Command is RootCommand ? "teamgraph" : result.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
