using TeamGraph.Core.Cards;
using TeamGraph.Core.Ingestion.Mermaid;

namespace TeamGraph.Core.Ingestion.Building;

/// <summary>
/// A parsed document ready to be projected into the graph: its card (for a plain document only the title and links
/// matter), the mermaid charts that parsed, and the SHA-256 of its bytes.
/// </summary>
public sealed record SourceDocument(string Path, string Sha256, RoleCard Card, IReadOnlyList<MermaidFlowchart> Charts)
{
    /// <summary>A role card names a role: front matter code, or an Identity table with a role or code row.</summary>
    public bool IsRoleCard => Card.FrontMatter?.Code is not null || Card.Identity.Role is not null || Card.Identity.Code is not null;

    /// <summary>
    /// Why this is the last good version rather than the file as it is now (it no longer loads), or
    /// <see langword="null"/> for a document read this time. Written on its <c>Document</c> node as <c>stale</c> and
    /// <c>staleReason</c>.
    /// </summary>
    public string? StaleReason { get; init; }
}
