using GraphQL.Types;
using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Types;

/// <summary>A skill a role has (<c>HAS_SKILL</c>) or knows (<c>KNOWS</c>), with how the card uses it.</summary>
internal sealed class SkillType : ObjectGraphType<GraphNeighbour>
{
    public SkillType()
    {
        Name = "Skill";
        Description = "A skill on a role's card, with its kind and how the role uses it.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => NodeValues.Name(c.Source.Node));
        Field<StringGraphType>("kind").Resolve(c => NodeValues.Text(c.Source.Relationship.Properties, "kind"));
        Field<StringGraphType>("usage").Resolve(c => NodeValues.Text(c.Source.Relationship.Properties, "usage"));
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => NodeValues.Source(c.Source.Relationship.Properties));
    }
}
