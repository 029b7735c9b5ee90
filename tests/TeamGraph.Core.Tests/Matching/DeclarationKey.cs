using System.Text.RegularExpressions;

namespace TeamGraph.Core.Tests.Matching;

/// <summary>
/// One Inputs, Outputs or Handoff Points row, named the way both the answer key and the graph can name it: the card's
/// path relative to the team folder, the <c>DECLARES</c> side ("input", "output", "handoff-point") and the "what" cell
/// with its whitespace collapsed. Within one table of one card every "what" is unique, so this names one row.
/// </summary>
internal readonly partial record struct DeclarationKey(string Card, string Side, string What)
{
    public static DeclarationKey Of(string card, string side, string what) =>
        new(card.Replace('\\', '/'), side, Whitespace().Replace(what, " ").Trim());

    public override string ToString() => $"{Card} {Side} '{What}'";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
