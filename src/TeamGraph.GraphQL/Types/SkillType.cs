using GraphQL.Types;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Types;

/// <summary>A skill a role has (<c>HAS_SKILL</c>) or knows (<c>KNOWS</c>), with how the card uses it.</summary>
internal sealed class SkillType : ObjectGraphType<GraphNeighbour>
{
    public SkillType()
    {
        Name = "Skill";
        Description = "A skill on a role's card, with its kind and how the role uses it.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Node.DisplayName);
        Field<StringGraphType>("kind").Resolve(c => c.Source.Relationship is { Type: RelationshipTypes.HasSkill } skill ? skill.Get(HasSkillProperties.Kind) : null);
        Field<StringGraphType>("usage").Resolve(c => c.Source.Relationship is { Type: RelationshipTypes.HasSkill } skill ? skill.Get(HasSkillProperties.Usage) : null);
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => c.Source.Relationship.Source);
    }
}
