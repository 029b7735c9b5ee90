namespace TeamGraph.Core.Cards;

/// <summary>The Learning Plan section: documents to read, technologies to study in depth, practices, outside resources.</summary>
public sealed record LearningPlan(
    IReadOnlyList<DocumentLink> RequiredReading,
    IReadOnlyList<DocumentLink> UsefulReading,
    IReadOnlyList<TopicEntry> Technologies,
    IReadOnlyList<ListEntry> Practices,
    IReadOnlyList<DocumentLink> Resources)
{
    /// <summary>A card without a learning plan.</summary>
    public static LearningPlan Empty { get; } = new([], [], [], [], []);
}
