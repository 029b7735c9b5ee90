namespace TeamGraph.Core.Queries;

/// <summary>
/// Where one side wrote a handoff down: a <c>DECLARES</c> relationship from <paramref name="DocumentPath"/>, in the
/// table named by <paramref name="Side"/> (<c>input</c>, <c>output</c> or <c>handoff-point</c>), at
/// <paramref name="Line"/>, with the words that row used.
/// </summary>
/// <param name="DocumentPath">The declaring document, relative to the ingested folder.</param>
/// <param name="Side">The table the row is in; see <c>HandoffSide</c>.</param>
/// <param name="Line">The 1-based line of the row.</param>
/// <param name="Source">The row as <c>path:line</c>.</param>
/// <param name="What">What this row says is handed over.</param>
/// <param name="Format">The format this row gives, if any.</param>
/// <param name="Trigger">The trigger this row gives, if any.</param>
/// <param name="Note">The party cell's note ("(cost)", "немедленно"), if any.</param>
public sealed record HandoffDeclarationRef(
    string DocumentPath,
    string Side,
    int Line,
    string Source,
    string? What,
    string? Format,
    string? Trigger,
    string? Note);
