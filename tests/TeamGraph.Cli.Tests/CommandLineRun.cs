using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Diagrams;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Cli.Tests;

/// <summary>One in-process run of <c>teamgraph</c>: exit code and everything written to stdout and stderr.</summary>
internal sealed record CommandLineRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>A folder that exists; the fake ingester ignores what is in it.</summary>
    public static string AnyFolder => TestPaths.Data("cli", "broken-and-good");

    /// <summary>Runs against the real ingester.</summary>
    public static CommandLineRun Invoke(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = TeamGraphCommandLine.Run(args, stdout, stderr);
        return new CommandLineRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs against the real ingester with <paramref name="diagrams"/> drawing the diagrams.</summary>
    public static CommandLineRun Invoke(IDiagramGenerator diagrams, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = TeamGraphCommandLine.Run(args, stdout, stderr, (folder, progress, token) => new FolderIngester().Ingest(folder, progress, token), diagrams);
        return new CommandLineRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs with an ingester that returns <paramref name="result"/> whatever the folder.</summary>
    public static CommandLineRun Invoke(IngestionResult result, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = TeamGraphCommandLine.Run(args, stdout, stderr, (_, _, _) => result);
        return new CommandLineRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    public static IngestionResult Result(params Diagnostic[] diagnostics) =>
        new(PropertyGraph.Empty, [], diagnostics, DocumentCount: 3);

    public static Diagnostic Error(string path = "roles/logo.md") =>
        new(DiagnosticSeverity.Error, "binary-file", path, null, "The file is binary, not text.");

    public static Diagnostic Warning() =>
        new(DiagnosticSeverity.Warning, "unresolved-name", "roles/qa.md", 12, "No role named \"Ops\" — кто это?", 5);

    public static Diagnostic Info() =>
        new(DiagnosticSeverity.Info, "encoding-repaired", "roles/devops-engineer.md", null, "Repaired Mac Roman mojibake.");
}
