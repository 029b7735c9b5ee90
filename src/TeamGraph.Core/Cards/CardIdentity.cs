namespace TeamGraph.Core.Cards;

/// <summary>The Identity table (Параметр / Значение): role, level, role code, core mission, and any other rows.</summary>
public sealed record CardIdentity(
    SourcedText? Role,
    SourcedText? Level,
    SourcedText? Code,
    SourcedText? Mission,
    IReadOnlyList<KeyValueEntry> OtherRows);
