using System.Globalization;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Docs;

namespace TeamGraph.Core.Ingestion;

/// <summary>
/// Reads a document that may still be being written, on a reload (when its last good version is known): a file
/// modified less than <see cref="IngestionOptions.SettleTime"/> ago, or shorter than its last good version and cut
/// mid-line (it does not end with a newline where that one did), is read again after
/// <see cref="IngestionOptions.SettleTime"/>, up to <see cref="IngestionOptions.SettleRetries"/> times, until two reads
/// agree and it no longer looks cut. One still cut after that is refused with an error, so its last good version is
/// kept; one still changing is used with a warning. Waits go through the injected <see cref="TimeProvider"/>.
/// </summary>
internal sealed class SettledFileReader(IngestionOptions options, TimeProvider time)
{
    /// <summary>The bytes to use, or <see langword="null"/> when the file is refused (the reason is in <paramref name="diagnostics"/>).</summary>
    public byte[]? Read(MarkdownFolderEntry file, KeptDocument? before, ICollection<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var bytes = DocumentFileReader.Read(file, options.MaxFileBytes, diagnostics);
        if (bytes is null || before is null)
        {
            return bytes;
        }

        var settled = !RecentlyModified(file) && !CutMidLine(bytes, before);
        for (var attempt = 0; attempt < options.SettleRetries && !settled; attempt++)
        {
            Task.Delay(options.SettleTime, time, cancellationToken).GetAwaiter().GetResult();
            var again = DocumentFileReader.Read(file, options.MaxFileBytes, diagnostics);
            if (again is null)
            {
                return null;
            }

            settled = again.AsSpan().SequenceEqual(bytes) && !CutMidLine(again, before);
            bytes = again;
        }

        if (settled)
        {
            return bytes;
        }

        var waited = options.SettleTime.TotalMilliseconds * options.SettleRetries;
        if (CutMidLine(bytes, before))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, IngestionDiagnosticCodes.StillBeingWritten, file.Path, null,
                string.Create(CultureInfo.InvariantCulture,
                    $"The file is shorter than its last good version and ends mid-line ({bytes.Length} bytes, was {before.Bytes.Length}) after waiting {waited:0} ms; it looks half-written and was not used.")));
            return null;
        }

        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, IngestionDiagnosticCodes.StillBeingWritten, file.Path, null,
            string.Create(CultureInfo.InvariantCulture, $"The file was still changing after waiting {waited:0} ms; it was read as it was then.")));
        return bytes;
    }

    private bool RecentlyModified(MarkdownFolderEntry file) =>
        time.GetUtcNow() - File.GetLastWriteTimeUtc(file.FullPath) < options.SettleTime;

    private static bool CutMidLine(byte[] bytes, KeptDocument before) =>
        bytes.Length < before.Bytes.Length && before.EndsWithNewline && (bytes.Length == 0 || bytes[^1] != (byte)'\n');
}
