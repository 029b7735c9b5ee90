using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>Parses a mermaid flowchart (<c>graph</c> / <c>flowchart</c>) block.</summary>
public interface IMermaidFlowchartParser
{
    /// <summary>
    /// Parses <paramref name="block"/>. On a syntax error, reports it (file line and column) to
    /// <paramref name="diagnostics"/> and returns <see langword="null"/>; never throws on bad input.
    /// </summary>
    MermaidFlowchart? Parse(MermaidBlock block, ICollection<Diagnostic> diagnostics);
}
