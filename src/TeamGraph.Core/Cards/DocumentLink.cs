namespace TeamGraph.Core.Cards;

/// <summary>A Markdown link in a card, with its visible text, its target as written, and an optional note after it.</summary>
public sealed record DocumentLink(string Text, string Target, string? Note, SourceRef Source)
{
    /// <summary>True for http(s) and mailto targets; false for paths relative to the card.</summary>
    public bool IsExternal => Target.Contains("://", StringComparison.Ordinal) || Target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
}
