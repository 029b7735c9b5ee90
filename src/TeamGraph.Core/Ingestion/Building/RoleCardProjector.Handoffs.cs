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
                    Named(input.What), input.Format, Trigger: null, input.Party.Note, input.Source));
            }
        }

        foreach (var output in card.Outputs)
        {
            declarations.Add(new HandoffDeclaration(card.Path, roleId, HandoffSide.Output, roleId, Receivers(output.Party, output.Source),
                Named(output.What), output.Format, Trigger: null, output.Party.Note, output.Source));
        }

        foreach (var point in card.HandoffPoints)
        {
            declarations.Add(new HandoffDeclaration(card.Path, roleId, HandoffSide.HandoffPoint, roleId, Receivers(point.Party, point.Source),
                Named(point.What), Format: null, point.Trigger, point.Party.Note, point.Source));
        }
    }

    /// <summary>A row may leave what it hands over blank (a list item with no detail); the handoff still needs a name.</summary>
    private static string Named(string what) => RequiredText.Or(what, HandoffText.Unnamed);

    private string[] Receivers(PartyCell party, SourceRef source) => [.. ActorIds(party, source).Order(StringComparer.Ordinal)];
}
