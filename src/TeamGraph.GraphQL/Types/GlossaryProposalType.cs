using GraphQL.Types;
using TeamGraph.Core.Audit;

namespace TeamGraph.GraphQL.Types;

/// <summary>A row the audit proposes for the team's glossary.</summary>
internal sealed class GlossaryProposalType : ObjectGraphType<GlossaryProposal>
{
    public GlossaryProposalType()
    {
        Name = "GlossaryProposal";
        Description = "A row the audit proposes for the `## Glossary` table of team-structure.md: names two cards give what is probably one handoff. Nothing is merged until the team adds it.";
        Field<NonNullGraphType<StringGraphType>>("term").Description("The name on the giver's card.").Resolve(c => c.Source.Term);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("equivalents").Description("The names on the receiver's card.")
            .Resolve(c => c.Source.Equivalents);
        Field<NonNullGraphType<StringGraphType>>("evidence").Description("Why the names probably mean one thing.").Resolve(c => c.Source.Evidence);
    }
}
