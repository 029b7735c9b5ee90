namespace TeamGraph.Core.Docs;

/// <summary>New content for a block.</summary>
/// <param name="Block">The block, as scanned from the text being rewritten.</param>
/// <param name="Content">What goes between its markers, line ends included.</param>
public sealed record DiagramBlockUpdate(DiagramBlock Block, string Content);
