using GraphQL.Types;

namespace TeamGraph.GraphQL.Types;

/// <summary>One row of a role's communication table.</summary>
internal sealed class CommunicationType : ObjectGraphType<Communication>
{
    public CommunicationType()
    {
        Name = "Communication";
        Description = "One row of a role's communication table: with whom, how often, in what form.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorInterface>>>>("with").Description("The parties the row names.").Resolve(c => c.Source.With);
        Field<StringGraphType>("frequency").Description("How often, as written on the card.").Resolve(c => c.Source.Frequency);
        Field<StringGraphType>("format").Description("In what form, as written on the card.").Resolve(c => c.Source.Format);
        Field<StringGraphType>("note").Description("A note written next to the parties, if any.").Resolve(c => c.Source.Note);
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => c.Source.Source);
    }
}
