using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Building;

/// <summary>One row of an Inputs, Outputs or Handoff Points table, with its parties resolved to node ids.</summary>
/// <param name="DocumentPath">The card that declares it.</param>
/// <param name="DeclarerId">The node id of the role whose card it is.</param>
/// <param name="Side">One of <see cref="HandoffSide"/>.</param>
/// <param name="GiverId">Who gives.</param>
/// <param name="ReceiverIds">Who receives, sorted.</param>
/// <param name="What">What is handed over, as written.</param>
/// <param name="Format">The format column, if any.</param>
/// <param name="Trigger">The trigger column of a Handoff Points row, if any.</param>
/// <param name="Note">The note of the party cell ("cost", "немедленно"), if any.</param>
/// <param name="Source">The row.</param>
public sealed record HandoffDeclaration(
    string DocumentPath,
    string DeclarerId,
    string Side,
    string GiverId,
    IReadOnlyList<string> ReceiverIds,
    string What,
    string? Format,
    string? Trigger,
    string? Note,
    SourceRef Source);
