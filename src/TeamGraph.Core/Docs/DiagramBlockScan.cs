using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Docs;

/// <summary>The diagram blocks of one document, in order, and the errors found while looking for them.</summary>
/// <param name="Blocks">The well-formed blocks.</param>
/// <param name="Diagnostics">Malformed, nested, unclosed or stray markers; when there are any, the document must not be rewritten.</param>
public sealed record DiagramBlockScan(IReadOnlyList<DiagramBlock> Blocks, IReadOnlyList<Diagnostic> Diagnostics);
