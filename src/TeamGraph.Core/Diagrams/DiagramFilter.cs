namespace TeamGraph.Core.Diagrams;

/// <summary>
/// Narrows what a scope takes in. <see cref="Statuses"/> keeps only the handoffs with those statuses (other kinds are
/// kept) and is applied before the scope, so a neighbourhood reaches along those handoffs only. <see cref="GroupIds"/>
/// and <see cref="Documented"/> select actors after the scope: the selected actors in the scope are drawn with their
/// relationships (and the actors at the other ends of those); every other relationship is dropped.
/// </summary>
/// <param name="Statuses">Handoff statuses to keep (<c>CONFIRMED</c>, <c>ONE_SIDED</c>, …); <see langword="null"/> or empty keeps every status.</param>
/// <param name="GroupIds">Group graph ids: only the groups themselves and their members are selected; <see langword="null"/> or empty selects every actor.</param>
/// <param name="Documented"><see langword="true"/>: only roles with a card are selected; <see langword="false"/>: only roles without one;
/// <see langword="null"/>: no condition. Groups and outside parties are never selected by this condition.</param>
public sealed record DiagramFilter(IReadOnlySet<string>? Statuses = null, IReadOnlyList<string>? GroupIds = null, bool? Documented = null)
{
    /// <summary>Whether the filter narrows anything.</summary>
    public bool IsEmpty => Statuses is not { Count: > 0 } && GroupIds is not { Count: > 0 } && Documented is null;

    /// <summary>Whether the filter selects actors (by group or by card), not only handoff statuses.</summary>
    public bool SelectsActors => GroupIds is { Count: > 0 } || Documented is not null;
}
