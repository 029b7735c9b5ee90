using System.Text;

namespace TeamGraph.Cli;

/// <summary>
/// Writes a file through a temporary file in the same folder, so an existing file is never left half-written. A
/// failure is an <see cref="OutputFileException"/> naming the path the user gave, never the temporary file.
/// </summary>
internal static class FileReplacement
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark.</summary>
    public static void WriteText(string path, string text) => WriteAllBytes(path, Utf8WithoutBom.GetBytes(text));

    /// <summary>Lets <paramref name="write"/> write the file as UTF-8 text without a byte order mark.</summary>
    public static void WriteText(string path, Action<TextWriter> write) => Write(path, stream =>
    {
        using var writer = new StreamWriter(stream, Utf8WithoutBom);
        write(writer);
    });

    /// <summary>Lets <paramref name="write"/> fill the temporary file, then moves it over <paramref name="path"/>.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = File.Create(temporary))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new OutputFileException(path, OutputFileException.Reason(exception, temporary, path), exception);
        }
        finally
        {
            DeleteQuietly(temporary);
        }
    }

    /// <summary>
    /// Creates <paramref name="path"/> with <paramref name="text"/> (UTF-8 without a byte order mark); an existing file
    /// is an error, never replaced. Errors name <paramref name="shownPath"/>, the path as the user would write it.
    /// </summary>
    public static void CreateNew(string path, string text, string shownPath)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(Utf8WithoutBom.GetBytes(text));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new OutputFileException(shownPath, File.Exists(path) ? "it already exists" : OutputFileException.Reason(exception, path, shownPath), exception);
        }
    }

    // Deleting what could not be created fails the same way; the first failure is the one to report.
    private static void DeleteQuietly(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }
    }
}
