using TeamGraph.Core.Ingestion.Building;

namespace TeamGraph.Core.Tests.Matching;

/// <summary>A row of an answer-key handoff: the card (relative to the team folder), its table and its "what" cell.</summary>
internal sealed record KeyRow(string Card, string Table, string What)
{
    /// <summary>The row as the graph names it; the key's table names become <c>DECLARES</c> sides.</summary>
    public DeclarationKey Declaration => DeclarationKey.Of(Card, Table switch
    {
        "inputs" => HandoffSide.Input,
        "outputs" => HandoffSide.Output,
        "handoff-points" => HandoffSide.HandoffPoint,
        _ => throw new InvalidDataException($"Answer-key row '{What}' of {Card} names table '{Table}'; expected inputs, outputs or handoff-points."),
    }, What);
}
