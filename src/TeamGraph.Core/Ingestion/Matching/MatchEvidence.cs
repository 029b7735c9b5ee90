namespace TeamGraph.Core.Ingestion.Matching;

/// <summary>Why two declarations are taken for one handoff: the method (<see cref="MatchMethod"/>) and how sure it is (0–1).</summary>
internal readonly record struct MatchEvidence(string Method, double Confidence);
