using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Core.Store;

/// <summary>How much one ingest produced: what <c>Query.stats</c> shows.</summary>
/// <param name="Documents">Markdown files read, refused ones included.</param>
/// <param name="Nodes">Nodes of the graph.</param>
/// <param name="Relationships">Relationships of the graph.</param>
/// <param name="Roles">Roles, documented or not.</param>
/// <param name="DocumentedRoles">Roles with a card.</param>
/// <param name="Handoffs">Handoff nodes.</param>
/// <param name="Errors">Ingest diagnostics of severity error.</param>
/// <param name="Warnings">Ingest diagnostics of severity warning.</param>
public sealed record GraphCounts(int Documents, int Nodes, int Relationships, int Roles, int DocumentedRoles, int Handoffs, int Errors, int Warnings)
{
    /// <summary>Nothing ingested.</summary>
    public static GraphCounts None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>The counts of <paramref name="ingest"/>.</summary>
    public static GraphCounts Of(IngestionResult ingest)
    {
        ArgumentNullException.ThrowIfNull(ingest);
        return OfGraph(ingest.Graph) with
        {
            Documents = ingest.DocumentCount,
            Errors = ingest.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
            Warnings = ingest.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
        };
    }

    /// <summary>What a graph alone tells: no documents or diagnostics counted.</summary>
    public static GraphCounts OfGraph(PropertyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        int roles = 0, documentedRoles = 0, handoffs = 0;
        foreach (var node in graph.Nodes)
        {
            if (node.Label == NodeLabels.Role)
            {
                roles++;
                documentedRoles += node.Get(RoleProperties.Documented) ? 1 : 0;
            }
            else if (node.Label == NodeLabels.Handoff)
            {
                handoffs++;
            }
        }

        return new GraphCounts(0, graph.Nodes.Count, graph.Relationships.Count, roles, documentedRoles, handoffs, 0, 0);
    }

    /// <summary>Both counts added up: what a store holding two ingests (two scopes) serves.</summary>
    public GraphCounts Plus(GraphCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new GraphCounts(
            Documents + other.Documents, Nodes + other.Nodes, Relationships + other.Relationships, Roles + other.Roles,
            DocumentedRoles + other.DocumentedRoles, Handoffs + other.Handoffs, Errors + other.Errors, Warnings + other.Warnings);
    }
}
