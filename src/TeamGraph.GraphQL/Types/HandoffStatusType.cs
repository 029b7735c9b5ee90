using GraphQL.Types;
using TeamGraph.Core.Ingestion.Building;

namespace TeamGraph.GraphQL.Types;

/// <summary>The cross-card status of a handoff.</summary>
internal sealed class HandoffStatusType : EnumerationGraphType
{
    public HandoffStatusType()
    {
        Name = "HandoffStatus";
        Description = "Whether the cards on both sides of a handoff agree about it.";
        Add(HandoffStatus.Confirmed, HandoffStatus.Confirmed, "Every party with a card declares it.");
        Add(HandoffStatus.Probable, HandoffStatus.Probable, "Both sides seem to declare it under names nothing ties together (the only rows left between the two roles, formats agreeing): probably the same, not confirmed.");
        Add(HandoffStatus.OneSided, HandoffStatus.OneSided, "The other side's card exists and does not mention it.");
        Add(HandoffStatus.UndocumentedPeer, HandoffStatus.UndocumentedPeer, "The other side has no card.");
        Add(HandoffStatus.Conflicting, HandoffStatus.Conflicting, "Both sides declare it, with formats or directions that disagree.");
    }
}
