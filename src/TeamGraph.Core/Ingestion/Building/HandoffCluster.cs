using TeamGraph.Core.Ingestion.Matching;

namespace TeamGraph.Core.Ingestion.Building;

/// <summary>The declarations of one handoff, in path and line order, and how they were joined.</summary>
/// <param name="Declarations">At least one.</param>
/// <param name="Joins">One piece of evidence per join: a cluster of n declarations has n − 1.</param>
internal sealed record HandoffCluster(List<HandoffDeclaration> Declarations, IReadOnlyList<MatchEvidence> Joins)
{
    /// <summary>The methods used, strongest first, each once.</summary>
    public IReadOnlyList<string> MatchedBy => Joins.Count == 0 ? [] : [.. MatchMethod.All.Where(m => Joins.Any(j => j.Method == m))];

    /// <summary>The weakest join's confidence; 1 for a single declaration.</summary>
    public double Confidence => Joins.Count == 0 ? 1.0 : Joins.Min(j => j.Confidence);

    /// <summary>True when a join rests on elimination alone.</summary>
    public bool IsProbable => Joins.Any(j => j.Method == MatchMethod.Elimination);
}
