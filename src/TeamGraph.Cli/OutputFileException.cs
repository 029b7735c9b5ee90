namespace TeamGraph.Cli;

/// <summary>An output file could not be written: the message names the path the user gave and the reason.</summary>
internal sealed class OutputFileException(string path, string reason, Exception inner)
    : IOException($"cannot write '{path}': {reason}", inner)
{
    /// <summary>The path as the user gave it.</summary>
    public string UserPath { get; } = path;

    /// <summary>
    /// Why writing failed, in words ("permission denied"), for the user's <paramref name="userPath"/> rather than the
    /// <paramref name="writtenPath"/> that failed (a temporary file beside it).
    /// </summary>
    public static string Reason(Exception exception, string writtenPath, string userPath) => exception switch
    {
        UnauthorizedAccessException => "permission denied",
        PathTooLongException => "the file name is too long",
        DirectoryNotFoundException => "its folder does not exist (or a part of its path is a file)",
        _ => exception.Message.Replace(writtenPath, userPath, StringComparison.Ordinal),
    };
}
