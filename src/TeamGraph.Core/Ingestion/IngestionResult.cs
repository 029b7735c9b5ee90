using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Ingestion;

/// <summary>What one ingest of a folder produced: the graph, the typed cards, and every diagnostic.</summary>
/// <param name="Graph">The property graph of the whole folder.</param>
/// <param name="Cards">The role cards that parsed, in path order.</param>
/// <param name="Diagnostics">Every diagnostic, sorted by path, line and code.</param>
/// <param name="DocumentCount">How many Markdown files were read (including refused ones).</param>
public sealed record IngestionResult(
    PropertyGraph Graph,
    IReadOnlyList<RoleCard> Cards,
    IReadOnlyList<Diagnostic> Diagnostics,
    int DocumentCount)
{
    /// <summary>
    /// The documents that loaded (or whose last good version was kept), as the next ingest takes them: see
    /// <see cref="FolderIngester.Ingest(string, LastGoodDocuments?, IProgress{IngestionProgress}?, CancellationToken)"/>.
    /// Empty for a result built by hand.
    /// </summary>
    public LastGoodDocuments LastGood { get; init; } = LastGoodDocuments.None;

    /// <summary>The team registry the ingest used (<see cref="TeamRegistry.Empty"/> when the folder has none): its glossary is the audit's too.</summary>
    public TeamRegistry Registry { get; init; } = TeamRegistry.Empty;
}
