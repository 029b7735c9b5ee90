namespace TeamGraph.Core.Ingestion.Resolution;

/// <summary>Diagnostic codes of identity resolution.</summary>
public static class ResolutionDiagnosticCodes
{
    /// <summary>A name matched nothing and became an undocumented role or an unknown external actor.</summary>
    public const string UnresolvedName = "unresolved-name";

    /// <summary>A row's party cell (from whom, to whom, with whom) names no one, so the row is linked to no one.</summary>
    public const string NoParty = "row-names-no-party";

    /// <summary>A group or external party was recognised from the built-in vocabulary, not from the registry.</summary>
    public const string NotInRegistry = "actor-not-in-registry";

    /// <summary>A name was found by its leading words ("Tech Lead asap" → Tech Lead).</summary>
    public const string ResolvedByPrefix = "resolved-by-prefix";

    /// <summary>Two cards claim the same role code.</summary>
    public const string DuplicateRoleCode = "duplicate-role-code";

    /// <summary>A card gives no role code; one was derived from its title.</summary>
    public const string MissingRoleCode = "missing-role-code";

    /// <summary>A card's identity disagrees with the registry or its front matter.</summary>
    public const string IdentityMismatch = "identity-mismatch";

    /// <summary>The registry itself has a problem (duplicate code, unknown group member).</summary>
    public const string RegistryProblem = "registry-problem";
}
