namespace TeamGraph.Core.Tests.Ingestion.Mermaid.Differential;

/// <summary>What one comparison found: the parts where TeamGraph and mermaid differ (none when they agree), or the
/// exception TeamGraph's parser threw, and how long TeamGraph's parse took.</summary>
internal sealed record MermaidDifferentialOutcome(IReadOnlyList<string> Differences, Exception? Crash, TimeSpan Elapsed)
{
    public bool Agrees => Crash is null && Differences.Count == 0;
}
