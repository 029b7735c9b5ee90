namespace TeamGraph.Core.Graph;

/// <summary>The fixed relationship vocabulary. Stores and exporters accept only these types.</summary>
public static class RelationshipTypes
{
    public const string DescribedIn = "DESCRIBED_IN";
    public const string LinksTo = "LINKS_TO";
    public const string HasSkill = "HAS_SKILL";
    public const string Knows = "KNOWS";
    public const string UsesTool = "USES_TOOL";
    public const string Studies = "STUDIES";
    public const string HasResponsibility = "HAS_RESPONSIBILITY";
    public const string Decides = "DECIDES";
    public const string NeedsApproval = "NEEDS_APPROVAL";
    public const string EscalatesTo = "ESCALATES_TO";
    public const string Gives = "GIVES";
    public const string To = "TO";
    public const string Declares = "DECLARES";
    public const string HandsOff = "HANDS_OFF";
    public const string Produces = "PRODUCES";
    public const string Collaborates = "COLLABORATES";
    public const string Meets = "MEETS";
    public const string MemberOf = "MEMBER_OF";
    public const string HasQualityStandard = "HAS_QUALITY_STANDARD";
    public const string HasExample = "HAS_EXAMPLE";
    public const string HasMap = "HAS_MAP";
    public const string Draws = "DRAWS";

    /// <summary>Every type, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        DescribedIn, LinksTo, HasSkill, Knows, UsesTool, Studies, HasResponsibility, Decides, NeedsApproval,
        EscalatesTo, Gives, To, Declares, HandsOff, Produces, Collaborates, Meets, MemberOf, HasQualityStandard, HasExample,
        HasMap, Draws,
    ];
}
