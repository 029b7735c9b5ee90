namespace TeamGraph.Core.Docs;

/// <summary>
/// One marked block of a Markdown document: <c>&lt;!-- teamgraph:diagram OPTIONS --&gt;</c>, the generated content,
/// then <c>&lt;!-- /teamgraph --&gt;</c>, each marker alone on its line.
/// </summary>
/// <param name="Line">1-based line of the opening marker.</param>
/// <param name="OptionsText">The options as written between <c>teamgraph:diagram</c> and <c>--&gt;</c>, trimmed.</param>
/// <param name="Arguments">The options split into arguments (whitespace-separated; single or double quotes group).</param>
/// <param name="ContentStart">Offset of the first character after the opening marker's line end.</param>
/// <param name="Content">Everything between the two marker lines, line ends included.</param>
/// <param name="LineEnding">The opening marker's line end (<c>\n</c>, <c>\r\n</c> or <c>\r</c>), used for new content.</param>
public sealed record DiagramBlock(int Line, string OptionsText, IReadOnlyList<string> Arguments, int ContentStart, string Content, string LineEnding);
