using TeamGraph.Core.Cards;
using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Ingestion.Building;

internal sealed partial class RoleCardProjector
{
    private void ProjectSkills(RoleCard card, string roleId)
    {
        foreach (var skill in card.TechnicalSkills)
        {
            var skillId = AddShared(NodeLabels.Skill, "skill", skill.Name, skill.Source);
            draft.AddRelationship(RelationshipTypes.HasSkill, roleId, skillId,
                new PropertyBag(skill.Source).Set("kind", "technical").Set("level", skill.Level).Set("usage", skill.Usage));
        }

        foreach (var skill in card.SoftSkills)
        {
            var skillId = AddShared(NodeLabels.Skill, "skill", skill.Name, skill.Source);
            draft.AddRelationship(RelationshipTypes.HasSkill, roleId, skillId,
                new PropertyBag(skill.Source).Set("kind", "soft").Set("usage", skill.Detail));
        }

        foreach (var topic in card.DomainKnowledge)
        {
            var topicId = AddShared(NodeLabels.Topic, "topic", topic.Name, topic.Source);
            draft.AddRelationship(RelationshipTypes.Knows, roleId, topicId, new PropertyBag(topic.Source).Set("detail", topic.Detail));
        }

        foreach (var tool in card.Tools)
        {
            var toolId = AddShared(NodeLabels.Tool, "tool", tool.Name, tool.Source);
            draft.AddRelationship(RelationshipTypes.UsesTool, roleId, toolId, new PropertyBag(tool.Source).Set("usage", tool.Usage));
        }
    }

    private void ProjectLearningPlan(RoleCard card, string roleId)
    {
        var plan = card.LearningPlan;
        foreach (var (links, kind) in new[] { (plan.RequiredReading, "required"), (plan.UsefulReading, "useful"), (plan.Resources, "resource") })
        {
            foreach (var link in links)
            {
                var documentId = DocumentLinks.AddTarget(draft, card.Path, link);
                draft.AddRelationship(RelationshipTypes.Studies, roleId, documentId,
                    new PropertyBag(link.Source).Set("kind", kind).Set("note", link.Note));
            }
        }

        foreach (var technology in plan.Technologies)
        {
            var topicId = AddShared(NodeLabels.Topic, "topic", technology.Name, technology.Source);
            draft.AddRelationship(RelationshipTypes.Studies, roleId, topicId,
                new PropertyBag(technology.Source).Set("kind", "technology").Set("focus", technology.Focus));
        }

        foreach (var practice in plan.Practices)
        {
            var topicId = AddShared(NodeLabels.Topic, "topic", practice.Name, practice.Source);
            draft.AddRelationship(RelationshipTypes.Studies, roleId, topicId,
                new PropertyBag(practice.Source).Set("kind", "practice").Set("focus", practice.Detail));
        }
    }

    private void ProjectResponsibilities(RoleCard card, string roleCode, string roleId)
    {
        foreach (var item in card.Responsibilities)
        {
            var kind = item.Kind switch
            {
                ResponsibilityKind.Primary => "primary",
                ResponsibilityKind.Secondary => "secondary",
                _ => "not-responsible",
            };
            var id = draft.AddNode(GraphIds.OfRole("responsibility", roleCode, item.Text), NodeLabels.Responsibility,
                new PropertyBag(item.Source).Set("text", item.Text).Set("kind", kind).Set("share", item.Share).Set("details", item.Details.ToArray()));
            draft.AddRelationship(RelationshipTypes.HasResponsibility, roleId, id, new PropertyBag(item.Source).Set("kind", kind));
        }
    }

    private void ProjectDecisions(RoleCard card, string roleCode, string roleId)
    {
        foreach (var decision in card.DecisionsAlone)
        {
            var id = draft.AddNode(GraphIds.OfRole("decision", roleCode, decision.Decision), NodeLabels.Decision,
                new PropertyBag(decision.Source).Set("text", decision.Decision).Set("example", decision.Example));
            draft.AddRelationship(RelationshipTypes.Decides, roleId, id, new PropertyBag(decision.Source));
        }
    }

    private void ProjectArtifacts(RoleCard card, string roleId)
    {
        foreach (var artifact in card.Artifacts)
        {
            var id = AddShared(NodeLabels.Artifact, "artifact", artifact.Name, artifact.Source);
            draft.AddRelationship(RelationshipTypes.Produces, roleId, id, new PropertyBag(artifact.Source).Set("detail", artifact.Detail));
        }
    }

    private void ProjectWorkingStyle(RoleCard card, string roleCode, string roleId)
    {
        foreach (var standard in card.WorkingStyle.QualityStandards)
        {
            var id = draft.AddNode(GraphIds.OfRole("quality", roleCode, standard.Aspect), NodeLabels.QualityStandard,
                new PropertyBag(standard.Source).Set("aspect", standard.Aspect).Set("criterion", standard.Criterion));
            draft.AddRelationship(RelationshipTypes.HasQualityStandard, roleId, id, new PropertyBag(standard.Source));
        }
    }

    private void ProjectExamples(RoleCard card, string roleCode, string roleId)
    {
        foreach (var example in card.Examples)
        {
            var id = draft.AddNode(GraphIds.OfRole("example", roleCode, example.Title), NodeLabels.Example,
                new PropertyBag(example.Source).Set("title", example.Title).Set("language", example.Language).Set("code", example.Code));
            draft.AddRelationship(RelationshipTypes.HasExample, roleId, id, new PropertyBag(example.Source));
        }
    }
}
