using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
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
                    () => draft.AddNode(GraphIds.Role(role.Code), NodeLabels.Role, RoleProperties(role, card)),
                    () => draft.AddNode(GraphIds.Role(role.Code), NodeLabels.Role, RoleProperties(role, card: null)),
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
                .Set("name", group.Name).Set("declared", group.Declared).Set("members", members.ToArray()));
            foreach (var code in members)
            {
                draft.AddRelationship(RelationshipTypes.MemberOf, GraphIds.Role(code), groupId, new PropertyBag(group.Source));
            }

            groupMembers[groupId] = [.. members.Select(GraphIds.Role)];
        }

        foreach (var external in directory.Externals)
        {
            draft.AddNode(GraphIds.Actor(new ResolvedActor(ActorKind.ExternalActor, external.Name)), NodeLabels.ExternalActor,
                new PropertyBag(external.Source).Set("name", external.Name).Set("kind", external.Kind).Set("declared", external.Declared));
        }

        return groupMembers;
    }

    private static PropertyBag RoleProperties(RoleEntry role, RoleCard? card)
    {
        var style = card?.WorkingStyle;
        return new PropertyBag(role.Source)
            .Set("code", role.Code)
            .Set("name", role.Name)
            .Set("documented", role.Documented)
            .Set("aliases", role.Aliases.ToArray())
            .Set("level", card?.Identity.Level?.Text)
            .Set("mission", card?.Identity.Mission?.Text)
            .Set("preferences", style?.Preferences.Select(p => $"{p.Key}: {p.Value}").ToArray())
            .Set("problemSolving", style?.ProblemSolvingSteps.Select(s => s.Detail is null ? s.Name : $"{s.Name} — {s.Detail}").ToArray())
            .Set("typicalPhrases", style?.TypicalPhrases.Select(p => p.Text).ToArray());
    }
}
