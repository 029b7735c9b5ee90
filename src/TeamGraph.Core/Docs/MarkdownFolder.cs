using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Core.Docs;

/// <summary>
/// The Markdown files of a folder, chosen like ingestion chooses them. The walk never leaves the folder and never
/// loops: a symbolic link is followed only when everything it leads to, every link resolved, is inside the folder
/// (so a Kubernetes ConfigMap mount, whose files are links into a hidden <c>..data</c> folder, still reads); each real
/// folder is walked once and each real file listed once, under the first path that reaches it breadth-first in
/// ordinal order. Links that lead outside, are broken or loop are skipped with a warning naming them.
/// </summary>
public static class MarkdownFolder
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "node_modules", "bin", "obj" };

    private static readonly StringComparison NameComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// Every <c>*.md</c> below <paramref name="root"/> as a path relative to it with <c>/</c> separators, in ordinal
    /// order; hidden folders, <c>node_modules</c>, <c>bin</c> and <c>obj</c> are skipped, as
    /// <see cref="FolderIngester"/> skips them.
    /// </summary>
    public static IReadOnlyList<string> MarkdownFiles(string root) => [.. Walk(root).Files.Select(f => f.Path)];

    /// <summary>
    /// Walks <paramref name="root"/> as described on <see cref="MarkdownFolder"/>: the files to read, and a diagnostic
    /// for every link skipped and every subfolder that could not be listed. Throws when <paramref name="root"/> itself
    /// cannot be listed.
    /// </summary>
    public static MarkdownFolderListing Walk(string root)
    {
        var fullRoot = Path.GetFullPath(root);
        var realRoot = Path.TrimEndingDirectorySeparator(UnixFileSystem.RealPath(fullRoot) ?? fullRoot);
        var files = new List<MarkdownFolderEntry>();
        var diagnostics = new List<Diagnostic>();
        var walked = new HashSet<string>(StringComparer.Ordinal) { realRoot };
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<(string Directory, string RealDirectory, string Relative)>([(fullRoot, realRoot, "")]);
        while (pending.TryDequeue(out var folder))
        {
            FileSystemInfo[] entries;
            try
            {
                entries = [.. new DirectoryInfo(folder.Directory).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal)];
            }
            catch (Exception exception) when (folder.Relative.Length > 0 && exception is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Warning(IngestionDiagnosticCodes.UnreadableFolder, folder.Relative, $"The folder could not be listed ({exception.Message}); its documents were not read."));
                continue;
            }

            foreach (var entry in entries)
            {
                var relative = folder.Relative.Length == 0 ? entry.Name : $"{folder.Relative}/{entry.Name}";
                var isMarkdown = entry.Name.EndsWith(".md", NameComparison);
                var real = Path.Combine(folder.RealDirectory, entry.Name);
                var isFolder = entry is DirectoryInfo;
                if (entry.LinkTarget is not null)
                {
                    var target = UnixFileSystem.RealPath(entry.FullName);
                    if (target is null)
                    {
                        if (isMarkdown)
                        {
                            diagnostics.Add(Warning(IngestionDiagnosticCodes.BrokenLink, relative, "The symbolic link is broken or loops; it was not read."));
                        }

                        continue;
                    }

                    isFolder = Directory.Exists(target);
                    if (!IsInside(target, realRoot))
                    {
                        if (isMarkdown || isFolder)
                        {
                            diagnostics.Add(Warning(IngestionDiagnosticCodes.LinkOutsideFolder, relative,
                                "The symbolic link leads outside the docs folder; it was not followed."));
                        }

                        continue;
                    }

                    real = target;
                }

                if (isFolder)
                {
                    if (!entry.Name.StartsWith('.') && !SkippedFolders.Contains(entry.Name) && walked.Add(real))
                    {
                        pending.Enqueue((entry.FullName, real, relative));
                    }
                }
                else if (isMarkdown && listed.Add(real))
                {
                    files.Add(new MarkdownFolderEntry(relative, real));
                }
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new MarkdownFolderListing(files, diagnostics);
    }

    private static bool IsInside(string path, string root) =>
        path.Length > root.Length
            ? path.StartsWith(root, StringComparison.Ordinal) && (path[root.Length] == Path.DirectorySeparatorChar || root.EndsWith(Path.DirectorySeparatorChar))
            : path == root;

    private static Diagnostic Warning(string code, string path, string message) => new(DiagnosticSeverity.Warning, code, path, null, message);
}
