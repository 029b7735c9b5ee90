using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Docs;

namespace TeamGraph.Cli;

/// <summary>What syncing one document found.</summary>
/// <param name="Path">The document, relative to the synced folder.</param>
/// <param name="BlockCount">How many diagram blocks it has.</param>
/// <param name="Stale">The blocks whose content is not the current diagram.</param>
/// <param name="Errors">Broken markers or blocks; when there are any, the document must not be written.</param>
/// <param name="NewBytes">The document with every block current, or <see langword="null"/> when nothing changes or there are errors.</param>
internal sealed record DocumentSyncResult(string Path, int BlockCount, IReadOnlyList<DiagramBlock> Stale, IReadOnlyList<Diagnostic> Errors, byte[]? NewBytes);
