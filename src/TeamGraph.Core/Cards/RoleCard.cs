namespace TeamGraph.Core.Cards;

/// <summary>
/// A role card as written: every section of the format, typed, each fact with its <see cref="SourceRef"/>.
/// Missing sections are empty. Names of other parties are kept as written; resolution happens later.
/// </summary>
public sealed record RoleCard
{
    /// <summary>The document's path relative to the ingested folder, with <c>/</c> separators.</summary>
    public required string Path { get; init; }

    /// <summary>The first level-1 heading ("DevOps Engineer").</summary>
    public SourcedText? Title { get; init; }

    /// <summary>YAML front matter, when the card has any.</summary>
    public FrontMatter? FrontMatter { get; init; }

    /// <summary>Every link in the card outside the learning plan (navigation, "See also", inline links).</summary>
    public IReadOnlyList<DocumentLink> Links { get; init; } = [];

    public CardIdentity Identity { get; init; } = new(null, null, null, null, []);

    public IReadOnlyList<SkillEntry> TechnicalSkills { get; init; } = [];

    public IReadOnlyList<ListEntry> SoftSkills { get; init; } = [];

    public IReadOnlyList<ListEntry> DomainKnowledge { get; init; } = [];

    public IReadOnlyList<ToolEntry> Tools { get; init; } = [];

    public LearningPlan LearningPlan { get; init; } = LearningPlan.Empty;

    /// <summary>Primary, secondary and NOT-responsible items, in card order.</summary>
    public IReadOnlyList<ResponsibilityEntry> Responsibilities { get; init; } = [];

    public IReadOnlyList<DecisionEntry> DecisionsAlone { get; init; } = [];

    public IReadOnlyList<ApprovalEntry> Approvals { get; init; } = [];

    public IReadOnlyList<EscalationEntry> Escalations { get; init; } = [];

    public IReadOnlyList<FlowEntry> Inputs { get; init; } = [];

    public IReadOnlyList<FlowEntry> Outputs { get; init; } = [];

    public IReadOnlyList<ListEntry> Artifacts { get; init; } = [];

    /// <summary>Every fenced mermaid block; the collaboration map is usually the only one.</summary>
    public IReadOnlyList<MermaidBlock> MermaidBlocks { get; init; } = [];

    public IReadOnlyList<CommunicationEntry> Communications { get; init; } = [];

    public IReadOnlyList<HandoffPointEntry> HandoffPoints { get; init; } = [];

    public WorkingStyle WorkingStyle { get; init; } = WorkingStyle.Empty;

    public IReadOnlyList<CodeExample> Examples { get; init; } = [];

    public IReadOnlyList<UnknownSection> UnknownSections { get; init; } = [];
}
