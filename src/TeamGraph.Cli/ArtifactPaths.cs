namespace TeamGraph.Cli;

/// <summary>
/// How the review formats (SARIF, GitHub annotations) write a document's path, which those tools resolve against the
/// repository's root rather than the linted folder: the prefix goes before the path relative to the folder.
/// </summary>
/// <param name="Prefix">Empty, or ends with <c>/</c>: <c>docs/team/</c>.</param>
/// <param name="Root">The folder the prefixed paths are relative to, when known (SARIF's <c>SRCROOT</c>).</param>
internal sealed record ArtifactPaths(string Prefix, DirectoryInfo? Root)
{
    /// <summary>
    /// With <paramref name="prefix"/> given, that prefix and no known root. Otherwise paths relative to the current
    /// directory (where CI runs, at the repository's root) when the folder is inside it, else relative to the folder.
    /// </summary>
    public static ArtifactPaths For(DirectoryInfo folder, string? prefix, string currentDirectory)
    {
        if (prefix is not null)
        {
            return new ArtifactPaths(Normalise(prefix), null);
        }

        var relative = Path.GetRelativePath(currentDirectory, folder.FullName);
        return relative == ".." || relative.StartsWith($"..{Path.DirectorySeparatorChar}", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? new ArtifactPaths("", folder)
            : new ArtifactPaths(Normalise(relative), new DirectoryInfo(currentDirectory));
    }

    /// <summary>The path of <paramref name="path"/> (relative to the folder, <c>/</c>-separated) as the tools see it.</summary>
    public string Of(string path) => Prefix + path;

    private static string Normalise(string prefix)
    {
        var slashed = prefix.Replace('\\', '/');
        while (slashed.StartsWith("./", StringComparison.Ordinal))
        {
            slashed = slashed[2..];
        }

        return slashed is "" or "." ? "" : slashed.EndsWith('/') ? slashed : slashed + "/";
    }
}
