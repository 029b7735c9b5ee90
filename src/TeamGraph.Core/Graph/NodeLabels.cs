namespace TeamGraph.Core.Graph;

/// <summary>The fixed node vocabulary. Stores and exporters accept only these labels.</summary>
public static class NodeLabels
{
    public const string Role = "Role";
    public const string Group = "Group";
    public const string ExternalActor = "ExternalActor";
    public const string Document = "Document";
    public const string Handoff = "Handoff";
    public const string Skill = "Skill";
    public const string Tool = "Tool";
    public const string Topic = "Topic";
    public const string Responsibility = "Responsibility";
    public const string Decision = "Decision";
    public const string Artifact = "Artifact";
    public const string QualityStandard = "QualityStandard";
    public const string Example = "Example";
    public const string CollaborationMap = "CollaborationMap";

    /// <summary>Every label, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Role, Group, ExternalActor, Document, Handoff, Skill, Tool, Topic,
        Responsibility, Decision, Artifact, QualityStandard, Example, CollaborationMap,
    ];
}
