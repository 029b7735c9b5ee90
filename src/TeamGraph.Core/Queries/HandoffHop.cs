namespace TeamGraph.Core.Queries;

/// <summary>
/// One hop of a handoff chain: <paramref name="FromId"/> hands <paramref name="What"/> to <paramref name="ToId"/>
/// through the <c>Handoff</c> node <paramref name="HandoffId"/>. When the handoff names a group, the hop is between
/// members and keeps the group: <paramref name="FromGroup"/> for a handoff given by a group,
/// <paramref name="ViaGroup"/> for one given to a group ("Merged code" to Developers reaches BE via Developers).
/// </summary>
/// <param name="FromId">The actor handing over (a role, an outside party, or a group without members).</param>
/// <param name="ToId">The actor receiving.</param>
/// <param name="FromGroup">The group id the handoff is given by, when <paramref name="FromId"/> gives it as a member.</param>
/// <param name="ViaGroup">The group id the handoff is given to, when <paramref name="ToId"/> receives it as a member.</param>
/// <param name="HandoffId">The <c>Handoff</c> node.</param>
/// <param name="What">What is handed over.</param>
/// <param name="Format">The handoff's format, if any card gives one.</param>
/// <param name="Trigger">The handoff's trigger, if any card gives one.</param>
/// <param name="Status">The cross-card status (<c>CONFIRMED</c>, <c>ONE_SIDED</c>, ...).</param>
/// <param name="Source">The handoff's first declaration as <c>path:line</c>.</param>
/// <param name="Declarations">Every row declaring the handoff, by document path and line.</param>
public sealed record HandoffHop(
    string FromId,
    string ToId,
    string? FromGroup,
    string? ViaGroup,
    string HandoffId,
    string What,
    string? Format,
    string? Trigger,
    string? Status,
    string Source,
    IReadOnlyList<HandoffDeclarationRef> Declarations);
