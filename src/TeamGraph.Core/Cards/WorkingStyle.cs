namespace TeamGraph.Core.Cards;

/// <summary>The Working Style section: communication preferences, problem-solving steps, quality standards, typical phrases.</summary>
public sealed record WorkingStyle(
    IReadOnlyList<KeyValueEntry> Preferences,
    IReadOnlyList<ListEntry> ProblemSolvingSteps,
    IReadOnlyList<QualityStandardEntry> QualityStandards,
    IReadOnlyList<SourcedText> TypicalPhrases)
{
    /// <summary>A card without a working style section.</summary>
    public static WorkingStyle Empty { get; } = new([], [], [], []);
}
