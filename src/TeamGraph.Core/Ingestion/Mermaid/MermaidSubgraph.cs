using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>A subgraph: its id, its title (when it has one), the node ids directly inside it, and its parent subgraph.</summary>
/// <remarks>
/// Membership follows mermaid: a node belongs to the innermost subgraph whose body names it (in a node or an edge
/// statement), even when it was first defined elsewhere; when several subgraphs name it, the one closed first keeps it.
/// Nested subgraphs are not listed in <see cref="NodeIds"/>; they point to their parent through <see cref="ParentId"/>.
/// A subgraph written without an id (<c>subgraph "Ops team"</c>) gets mermaid's generated id <c>subGraphN</c>, N counting
/// the subgraphs closed before it.
/// </remarks>
public sealed record MermaidSubgraph(string Id, string? Title, IReadOnlyList<string> NodeIds, string? ParentId, SourceRef Source)
{
    /// <summary>1-based column of the <c>subgraph</c> keyword; 0 when unknown.</summary>
    public int Column { get; init; }

    /// <summary>The <c>direction</c> set inside the subgraph (<c>TD</c> reported as <c>TB</c>), or <see langword="null"/>.</summary>
    public string? Direction { get; init; }

    /// <summary>The classes given by <c>class</c> statements naming its id after it closed.</summary>
    public IReadOnlyList<string> Classes { get; init; } = [];

    /// <summary>
    /// What else mermaid 11 lists as members of the subgraph, because its grammar puts every statement's value in the
    /// subgraph's list: the text of an <c>accTitle</c> or <c>accDescr</c> written in its body (trimmed) and <c>;</c> for an
    /// empty statement there. Kept so the parse says what mermaid's says; these name no node, and nothing is built from them.
    /// </summary>
    public IReadOnlyList<string> NonNodeMembers { get; init; } = [];
}
