using System.CommandLine;

namespace TeamGraph.Cli;

/// <summary>
/// Where lint's and audit's report goes (<c>-o file</c>, else stdout) and how the review formats write paths
/// (<c>--path-prefix</c>, see <see cref="ArtifactPaths"/>).
/// </summary>
internal sealed class ReportOutputOptions
{
    public Option<FileInfo?> Output { get; } = OutputFileOption.Create();

    public Option<string?> PathPrefix { get; } = new("--path-prefix")
    {
        Description = "sarif and github formats: put this before each path relative to the folder (e.g. docs/team/). "
            + "Default: paths relative to the current directory, when the folder is inside it.",
    };

    public ArtifactPaths Paths(ParseResult parseResult, DirectoryInfo folder) =>
        ArtifactPaths.For(folder, parseResult.GetValue(PathPrefix), Directory.GetCurrentDirectory());

    /// <summary>
    /// Lets <paramref name="write"/> write the report to stdout, with <paramref name="stdoutPalette"/> (severity colours
    /// where stdout is a terminal), or to the <c>-o</c> file (replaced whole, UTF-8, no colours); false, with an error
    /// on <paramref name="stderr"/> naming the file as given, when the file cannot be written.
    /// </summary>
    public bool Write(ParseResult parseResult, TextWriter stdout, TextWriter stderr, SeverityPalette stdoutPalette, Action<TextWriter, SeverityPalette> write)
    {
        if (parseResult.GetValue(Output) is not { } output)
        {
            write(stdout, stdoutPalette);
            stdout.Flush();
            return true;
        }

        try
        {
            FileReplacement.WriteText(output.ToString(), writer => write(writer, SeverityPalette.Plain));
            return true;
        }
        catch (OutputFileException exception)
        {
            stderr.WriteLine($"error: {exception.Message}");
            return false;
        }
    }
}
