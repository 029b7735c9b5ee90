namespace TeamGraph.Core.Docs;

/// <summary>The Markdown files of a folder, chosen like ingestion chooses them.</summary>
public static class MarkdownFolder
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "node_modules", "bin", "obj" };

    /// <summary>
    /// Every <c>*.md</c> below <paramref name="root"/> as a path relative to it with <c>/</c> separators, in ordinal
    /// order; hidden folders, <c>node_modules</c>, <c>bin</c> and <c>obj</c> are skipped, as
    /// <see cref="Ingestion.FolderIngester"/> skips them.
    /// </summary>
    public static IReadOnlyList<string> MarkdownFiles(string root)
    {
        var files = new List<string>();
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var child in Directory.EnumerateDirectories(directory))
            {
                var name = Path.GetFileName(child);
                if (!name.StartsWith('.') && !SkippedFolders.Contains(name))
                {
                    pending.Push(child);
                }
            }

            files.AddRange(Directory.EnumerateFiles(directory, "*.md").Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')));
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
