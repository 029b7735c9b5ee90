namespace TeamGraph.Core.Queries;

/// <summary>A handoff node's properties and declarations, read once per snapshot.</summary>
internal sealed record HandoffFacts(
    string Id,
    string What,
    string? Format,
    string? Trigger,
    string? Status,
    string Source,
    IReadOnlyList<HandoffDeclarationRef> Declarations);
