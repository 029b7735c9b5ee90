using System.Globalization;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Docs;

namespace TeamGraph.Core.Ingestion;

/// <summary>
/// Reads one document's bytes, and only from a regular file: a FIFO, a device or a socket named <c>*.md</c> is skipped
/// with an error before it is opened (opening a FIFO would wait for a writer forever), and the open itself cannot block
/// (see <see cref="UnixFileSystem"/>). The size cap counts the bytes actually read, so a file that reports length 0 and
/// never ends still stops at the cap. Read errors throw <see cref="IOException"/> or
/// <see cref="UnauthorizedAccessException"/> for the caller to report.
/// </summary>
internal static class DocumentFileReader
{
    private const int FirstBufferBytes = 64 * 1024;

    /// <summary>The bytes of <paramref name="file"/>, or <see langword="null"/> when it is refused (the reason is in <paramref name="diagnostics"/>).</summary>
    public static byte[]? Read(MarkdownFolderEntry file, long maxBytes, ICollection<Diagnostic> diagnostics)
    {
        var kind = UnixFileSystem.KindOf(file.FullPath);
        if (kind is not (UnixFileKind.Regular or UnixFileKind.Unknown))
        {
            diagnostics.Add(NotRegular(file.Path, kind));
            return null;
        }

        var (handle, opened) = UnixFileSystem.OpenRegularFile(file.FullPath);
        if (handle is null)
        {
            diagnostics.Add(NotRegular(file.Path, opened));
            return null;
        }

        using (handle)
        {
            var cap = Math.Min(maxBytes, Array.MaxLength - 1L);
            var buffer = new byte[(int)Math.Min(cap + 1, FirstBufferBytes)];
            long total = 0;
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (buffer.Length > cap)
                    {
                        break;
                    }

                    Array.Resize(ref buffer, (int)Math.Min(cap + 1, buffer.Length * 2L));
                }

                var read = RandomAccess.Read(handle, buffer.AsSpan((int)total), total);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            if (total > cap)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, IngestionDiagnosticCodes.FileTooLarge, file.Path, null,
                    string.Create(CultureInfo.InvariantCulture, $"The file holds more than {cap / (1024 * 1024.0):0.#} MiB; documents above that are not read.")));
                return null;
            }

            return buffer.AsSpan(0, (int)total).ToArray();
        }
    }

    private static Diagnostic NotRegular(string path, UnixFileKind kind) =>
        new(DiagnosticSeverity.Error, IngestionDiagnosticCodes.NotARegularFile, path, null, $"This is {Describe(kind)}, not a regular file; it was not read.");

    private static string Describe(UnixFileKind kind) => kind switch
    {
        UnixFileKind.Fifo => "a named pipe (FIFO)",
        UnixFileKind.CharacterDevice => "a character device",
        UnixFileKind.BlockDevice => "a block device",
        UnixFileKind.Socket => "a socket",
        UnixFileKind.Directory => "a directory",
        _ => "a special file",
    };
}
