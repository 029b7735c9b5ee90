using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Building;

internal sealed partial class RoleCardProjector
{
    private void DeclareHandoffs(RoleCard card, string roleId)
    {
        foreach (var input in card.Inputs)
        {
            foreach (var giverId in ActorIds(input.Party, input.Source))
            {
                declarations.Add(new HandoffDeclaration(card.Path, roleId, HandoffSide.Input, giverId, [roleId],
                    input.What, input.Format, Trigger: null, input.Party.Note, input.Source));
            }
        }

        foreach (var output in card.Outputs)
        {
            declarations.Add(new HandoffDeclaration(card.Path, roleId, HandoffSide.Output, roleId, Receivers(output.Party, output.Source),
                output.What, output.Format, Trigger: null, output.Party.Note, output.Source));
        }

        foreach (var point in card.HandoffPoints)
        {
            declarations.Add(new HandoffDeclaration(card.Path, roleId, HandoffSide.HandoffPoint, roleId, Receivers(point.Party, point.Source),
                point.What, Format: null, point.Trigger, point.Party.Note, point.Source));
        }
    }

    private string[] Receivers(PartyCell party, SourceRef source) => [.. ActorIds(party, source).Order(StringComparer.Ordinal)];
}
