using System.Buffers;
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
    private const int FirstBufferBytes = 4 * 1024;

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
            // Read into a pooled buffer sized by the length the file reports (a document is a few KB: a fresh 64 KB
            // buffer per file was most of what an ingest allocated), grown while the file gives more; the document
            // keeps an exact copy. The cap counts bytes read, not the reported length.
            var limit = cap + 1;
            var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(limit, Math.Max(RandomAccess.GetLength(handle) + 1, FirstBufferBytes)));
            try
            {
                long total = 0;
                while (total < limit)
                {
                    if (total == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(limit, buffer.Length * 2L));
                        buffer.AsSpan(0, (int)total).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    var read = RandomAccess.Read(handle, buffer.AsSpan((int)total, (int)Math.Min(buffer.Length, limit) - (int)total), total);
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
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
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
