using GraphQL.Types;

namespace TeamGraph.GraphQL.Types;

/// <summary><c>input RoleFilter { skill tool level documented text }</c>.</summary>
internal sealed class RoleFilterType : InputObjectGraphType<RoleFilter>
{
    public RoleFilterType()
    {
        Name = "RoleFilter";
        Description = "Which roles to list; every given condition must hold. Texts match case-insensitively as substrings.";
        Field(f => f.Skill, nullable: true).Description("A skill the role has or knows.");
        Field(f => f.Tool, nullable: true).Description("A tool the role uses.");
        Field(f => f.Level, nullable: true).Description("Part of the role's level, such as Senior.");
        Field(f => f.Documented, nullable: true).Description("Whether the role has a card.");
        Field(f => f.Text, nullable: true).Description("Part of the code, name, aliases or mission.");
    }
}
