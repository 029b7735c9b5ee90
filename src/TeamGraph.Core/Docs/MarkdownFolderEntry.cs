namespace TeamGraph.Core.Docs;

/// <summary>One Markdown file of a walked folder.</summary>
/// <param name="Path">The path relative to the folder, with <c>/</c> separators: the document's name in the graph.</param>
/// <param name="FullPath">The file's real absolute path, every link resolved: what is opened.</param>
public sealed record MarkdownFolderEntry(string Path, string FullPath);
