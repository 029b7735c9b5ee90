namespace TeamGraph.Core.Audit;

/// <summary>
/// Progress of an audit: <paramref name="RulesDone"/> of <paramref name="RuleCount"/> rules have run, and
/// <paramref name="CurrentRule"/> (kebab case, "map-drift") runs now; <see langword="null"/> once every rule has run.
/// </summary>
public readonly record struct AuditProgress(int RulesDone, int RuleCount, string? CurrentRule);
