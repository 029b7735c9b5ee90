namespace TeamGraph.Core.Tests.Matching;

/// <summary>For one kind of the key ("translation", "trap", …): how many key handoffs have it, how many the matcher grouped exactly, how many also got the right (strict) status.</summary>
internal sealed record KindScore(string Kind, int Handoffs, int GroupedExactly, int StatusRight);
