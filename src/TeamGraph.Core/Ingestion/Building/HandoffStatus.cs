namespace TeamGraph.Core.Ingestion.Building;

/// <summary>The cross-document status of a handoff, stored as the <c>status</c> property of a <c>Handoff</c>.</summary>
public static class HandoffStatus
{
    /// <summary>Every party with a card declares it.</summary>
    public const string Confirmed = "CONFIRMED";

    /// <summary>
    /// Both sides seem to declare it under names nothing ties together: the only rows left unmatched between the two
    /// roles, with formats that agree. Probably the same handoff, not confirmed; a glossary row or a rename confirms it.
    /// </summary>
    public const string Probable = "PROBABLE";

    /// <summary>The other side's card exists and does not mention it.</summary>
    public const string OneSided = "ONE_SIDED";

    /// <summary>The other side has no card (an undocumented role, a group without documented members, an outside party).</summary>
    public const string UndocumentedPeer = "UNDOCUMENTED_PEER";

    /// <summary>Both sides declare it, with formats that do not agree or with giver and receiver swapped.</summary>
    public const string Conflicting = "CONFLICTING";
}
