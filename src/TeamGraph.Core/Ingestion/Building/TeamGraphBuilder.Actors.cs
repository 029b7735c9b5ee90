using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Ingestion.Building;

public sealed partial class TeamGraphBuilder
{
    /// <summary>
    /// Adds role, group and external actor nodes and <c>MEMBER_OF</c>; returns each group's member role ids, or
    /// <see langword="null"/> when a step failed and the pass must start again.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<string>>? AddActors(GraphDraft draft, ActorDirectory directory, Dictionary<string, RoleCard> cardsByCode, BuildSteps steps)
    {
        foreach (var role in directory.Roles)
        {
            // A role's node must exist whatever its card holds: relationships point at it.
            var card = cardsByCode.GetValueOrDefault(role.Code);
            if (!steps.Run(PipelineStage.RoleProperties, card?.Path ?? role.Source.Path, null, $"role '{role.Code}' keeps its code and name, without level, mission or working style.",
                    () => draft.AddNode(GraphIds.Role(role.Code), NodeLabels.Role, RoleBag(role, card)),
                    () => draft.AddNode(GraphIds.Role(role.Code), NodeLabels.Role, RoleBag(role, card: null)),
                    part: role.Code))
            {
                return null;
            }
        }

        var groupMembers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var group in directory.Groups)
        {
            var groupId = GraphIds.Actor(new ResolvedActor(ActorKind.Group, group.Name));
            IReadOnlyList<string> members = [];
            if (!steps.Run(PipelineStage.Groups, group.Source.Path, group.Source.Line, $"group '{group.Name}' is drawn without members.",
                    () => members = directory.MembersOf(group), part: group.Name))
            {
                return null;
            }

            draft.AddNode(groupId, NodeLabels.Group, new PropertyBag(group.Source)
                .Set(GroupProperties.Name, RequiredText.Or(group.Name, groupId)).Set(GroupProperties.Declared, group.Declared).Set(GroupProperties.Members, members));
            foreach (var code in members)
            {
                draft.AddRelationship(RelationshipTypes.MemberOf, GraphIds.Role(code), groupId, new PropertyBag(group.Source));
            }

            groupMembers[groupId] = [.. members.Select(GraphIds.Role)];
        }

        foreach (var external in directory.Externals)
        {
            var externalId = GraphIds.Actor(new ResolvedActor(ActorKind.ExternalActor, external.Name));
            draft.AddNode(externalId, NodeLabels.ExternalActor, new PropertyBag(external.Source)
                .Set(ExternalActorProperties.Name, RequiredText.Or(external.Name, externalId)).Set(ExternalActorProperties.Kind, external.Kind)
                .Set(ExternalActorProperties.Declared, external.Declared));
        }

        return groupMembers;
    }

    private static PropertyBag RoleBag(RoleEntry role, RoleCard? card)
    {
        var style = card?.WorkingStyle;
        return new PropertyBag(role.Source)
            .Set(RoleProperties.Code, RequiredText.Or(role.Code, GraphIds.Role(role.Code)))
            .Set(RoleProperties.Name, RequiredText.Or(role.Name, role.Code))
            .Set(RoleProperties.Documented, role.Documented)
            .Set(RoleProperties.Aliases, [.. role.Aliases])
            .Set(RoleProperties.Level, card?.Identity.Level?.Text)
            .Set(RoleProperties.Mission, card?.Identity.Mission?.Text)
            .Set(RoleProperties.Preferences, style?.Preferences.Select(p => $"{p.Key}: {p.Value}").ToArray())
            .Set(RoleProperties.ProblemSolving, style?.ProblemSolvingSteps.Select(s => s.Detail is null ? s.Name : $"{s.Name} — {s.Detail}").ToArray())
            .Set(RoleProperties.TypicalPhrases, style?.TypicalPhrases.Select(p => p.Text).ToArray());
    }
}
