namespace TeamGraph.Core.Cards;

/// <summary>
/// The text of a fenced <c>mermaid</c> block, left unparsed. <see cref="FirstLine"/> is the file line of the
/// block's first content line, so the mermaid parser can report positions in the file.
/// </summary>
public sealed record MermaidBlock(string Code, int FirstLine, string Path);
