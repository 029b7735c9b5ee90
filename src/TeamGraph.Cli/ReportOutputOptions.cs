using System.CommandLine;
using System.Text;

namespace TeamGraph.Cli;

/// <summary>
/// Where lint's and audit's report goes (<c>-o file</c>, else stdout) and how the review formats write paths
/// (<c>--path-prefix</c>, see <see cref="ArtifactPaths"/>).
/// </summary>
internal sealed class ReportOutputOptions
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public Option<FileInfo?> Output { get; } = OutputFileOption.Create();

    public Option<string?> PathPrefix { get; } = new("--path-prefix")
    {
        Description = "sarif and github formats: put this before each path relative to the folder (e.g. docs/team/). "
            + "Default: paths relative to the current directory, when the folder is inside it.",
    };

    public ArtifactPaths Paths(ParseResult parseResult, DirectoryInfo folder) =>
        ArtifactPaths.For(folder, parseResult.GetValue(PathPrefix), Directory.GetCurrentDirectory());

    /// <summary>
    /// Lets <paramref name="write"/> write the report to stdout, or to the <c>-o</c> file (replaced whole, UTF-8);
    /// false, with an error on <paramref name="stderr"/>, when the file cannot be written.
    /// </summary>
    public bool Write(ParseResult parseResult, TextWriter stdout, TextWriter stderr, Action<TextWriter> write)
    {
        if (parseResult.GetValue(Output) is not { } output)
        {
            write(stdout);
            stdout.Flush();
            return true;
        }

        try
        {
            FileReplacement.Write(output.FullName, stream =>
            {
                using var writer = new StreamWriter(stream, Utf8WithoutBom);
                write(writer);
            });
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: could not write '{output.FullName}': {exception.Message}");
            return false;
        }
    }
}
