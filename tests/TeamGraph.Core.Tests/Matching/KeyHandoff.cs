namespace TeamGraph.Core.Tests.Matching;

/// <summary>One true handoff of an answer key: its parties, its status as a careful reader sees it, and its rows.</summary>
internal sealed record KeyHandoff(
    string Id,
    string From,
    string To,
    string Status,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<KeyRow> Rows,
    string? Note = null);
