using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Ingestion.Resolution;

/// <summary>Diagnostic codes of identity resolution; each one's meaning is in its <see cref="DiagnosticDescriptionAttribute"/>.</summary>
public static class ResolutionDiagnosticCodes
{
    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "A name matched no card, registry entry or mermaid node, so it became an undocumented role or an unknown outside party.",
        "Spell the name as a card, the team registry (team-structure.md) or a glossary row does, or add it to the registry.")]
    public const string UnresolvedName = "unresolved-name";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "A row's party cell (from whom, to whom, with whom) names no one, so the row is linked to no one.",
        "Fill in the party cell with a role, a group or an outside party.")]
    public const string NoParty = "row-names-no-party";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "A group or outside party was recognised from TeamGraph's built-in vocabulary, not from the team registry.",
        "Declare the group or outside party in the team registry (team-structure.md).")]
    public const string NotInRegistry = "actor-not-in-registry";

    [DiagnosticDescription(DiagnosticSeverity.Info,
        "A name was found by its leading words ('Tech Lead asap' was read as Tech Lead).",
        "Nothing to do if the match is right; otherwise put the extra words in another cell or in parentheses.")]
    public const string ResolvedByPrefix = "resolved-by-prefix";

    [DiagnosticDescription(DiagnosticSeverity.Error,
        "Two cards claim the same role code, so names using it cannot be told apart.",
        "Give each card its own code in its Identity table or front matter, as the team registry lists them.")]
    public const string DuplicateRoleCode = "duplicate-role-code";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "A card gives no role code, so one was derived from its title.",
        "Add the role code to the card's Identity table or front matter ('code: DO').")]
    public const string MissingRoleCode = "missing-role-code";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "A card's identity (code or name) disagrees with the team registry or with its own front matter.",
        "Make the card's Identity table, its front matter and the registry row say the same code and name.")]
    public const string IdentityMismatch = "identity-mismatch";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "The team registry itself has a problem, such as a duplicate code or a group member it does not declare.",
        "Fix the row of the team registry (team-structure.md) at the line given.")]
    public const string RegistryProblem = "registry-problem";
}
