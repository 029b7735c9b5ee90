using System.CommandLine;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Cli;

/// <summary>
/// <c>teamgraph lint &lt;dir&gt; [--format text|json] [--warnings-as-errors]</c>: every diagnostic of an ingest on
/// stdout; exit 1 on errors (or warnings, when asked), 0 otherwise.
/// </summary>
internal sealed class LintCommand(TextWriter stdout, TextWriter stderr, FolderIngest ingest)
{
    private const string TextFormat = "text";
    private const string JsonFormat = "json";

    private readonly Argument<DirectoryInfo> _folder = FolderArgument.Create();

    private readonly Option<string> _format = CreateFormatOption();

    private readonly Option<bool> _warningsAsErrors = new("--warnings-as-errors")
    {
        Description = "Fail (exit 1) on warnings too, not only on errors.",
    };

    public Command Create()
    {
        var command = new Command("lint", "Check a folder of role cards and list every diagnostic.")
        {
            _folder, _format, _warningsAsErrors,
        };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parseResult)
    {
        var result = new FolderIngestionRunner(ingest, stderr).Run(parseResult.GetRequiredValue(_folder));
        if (result is null)
        {
            return ExitCodes.Failure;
        }

        if (parseResult.GetValue(_format) == JsonFormat)
        {
            stdout.WriteLine(DiagnosticJsonFormatter.Format(result.Diagnostics));
        }
        else
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                stdout.WriteLine(diagnostic.ToString());
            }
        }

        stdout.Flush();
        stderr.WriteLine(IngestionSummary.Format(result));
        var failAt = parseResult.GetValue(_warningsAsErrors) ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
        return result.Diagnostics.Any(d => d.Severity >= failAt) ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static Option<string> CreateFormatOption()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "How to print diagnostics: one per line, or a JSON array.",
            DefaultValueFactory = _ => TextFormat,
        };
        option.AcceptOnlyFromAmong(TextFormat, JsonFormat);
        return option;
    }
}
