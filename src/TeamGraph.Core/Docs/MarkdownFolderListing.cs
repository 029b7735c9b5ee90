using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Docs;

/// <summary>What a walk of a docs folder found.</summary>
/// <param name="Files">The Markdown files to read, in ordinal order of their paths.</param>
/// <param name="Diagnostics">Links skipped (outside the folder, broken, looping) and subfolders that could not be listed.</param>
public sealed record MarkdownFolderListing(IReadOnlyList<MarkdownFolderEntry> Files, IReadOnlyList<Diagnostic> Diagnostics);
