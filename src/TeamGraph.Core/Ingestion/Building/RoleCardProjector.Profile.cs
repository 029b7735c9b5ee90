using TeamGraph.Core.Cards;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.Core.Ingestion.Building;

internal sealed partial class RoleCardProjector
{
    private void ProjectSkills(RoleCard card, string roleId)
    {
        foreach (var skill in card.TechnicalSkills)
        {
            var skillId = AddShared(NodeLabels.Skill, "skill", skill.Name, skill.Source);
            draft.AddRelationship(RelationshipTypes.HasSkill, roleId, skillId,
                new PropertyBag(skill.Source).Set(HasSkillProperties.Kind, "technical").Set(HasSkillProperties.Level, skill.Level).Set(HasSkillProperties.Usage, skill.Usage));
        }

        foreach (var skill in card.SoftSkills)
        {
            var skillId = AddShared(NodeLabels.Skill, "skill", skill.Name, skill.Source);
            draft.AddRelationship(RelationshipTypes.HasSkill, roleId, skillId,
                new PropertyBag(skill.Source).Set(HasSkillProperties.Kind, "soft").Set(HasSkillProperties.Usage, skill.Detail));
        }

        foreach (var topic in card.DomainKnowledge)
        {
            var topicId = AddShared(NodeLabels.Topic, "topic", topic.Name, topic.Source);
            draft.AddRelationship(RelationshipTypes.Knows, roleId, topicId, new PropertyBag(topic.Source).Set(KnowsProperties.Detail, topic.Detail));
        }

        foreach (var tool in card.Tools)
        {
            var toolId = AddShared(NodeLabels.Tool, "tool", tool.Name, tool.Source);
            draft.AddRelationship(RelationshipTypes.UsesTool, roleId, toolId, new PropertyBag(tool.Source).Set(UsesToolProperties.Usage, tool.Usage));
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
                    new PropertyBag(link.Source).Set(StudiesProperties.Kind, kind).Set(StudiesProperties.Note, link.Note));
            }
        }

        foreach (var technology in plan.Technologies)
        {
            var topicId = AddShared(NodeLabels.Topic, "topic", technology.Name, technology.Source);
            draft.AddRelationship(RelationshipTypes.Studies, roleId, topicId,
                new PropertyBag(technology.Source).Set(StudiesProperties.Kind, "technology").Set(StudiesProperties.Focus, technology.Focus));
        }

        foreach (var practice in plan.Practices)
        {
            var topicId = AddShared(NodeLabels.Topic, "topic", practice.Name, practice.Source);
            draft.AddRelationship(RelationshipTypes.Studies, roleId, topicId,
                new PropertyBag(practice.Source).Set(StudiesProperties.Kind, "practice").Set(StudiesProperties.Focus, practice.Detail));
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
            var nodeId = GraphIds.OfRole("responsibility", roleCode, item.Text);
            var id = draft.AddNode(nodeId, NodeLabels.Responsibility,
                new PropertyBag(item.Source).Set(ResponsibilityProperties.Text, RequiredText.Or(item.Text, nodeId)).Set(ResponsibilityProperties.Kind, kind)
                    .Set(ResponsibilityProperties.Share, item.Share).Set(ResponsibilityProperties.Details, item.Details));
            draft.AddRelationship(RelationshipTypes.HasResponsibility, roleId, id, new PropertyBag(item.Source).Set(HasResponsibilityProperties.Kind, kind));
        }
    }

    private void ProjectDecisions(RoleCard card, string roleCode, string roleId)
    {
        foreach (var decision in card.DecisionsAlone)
        {
            var nodeId = GraphIds.OfRole("decision", roleCode, decision.Decision);
            var id = draft.AddNode(nodeId, NodeLabels.Decision,
                new PropertyBag(decision.Source).Set(DecisionProperties.Text, RequiredText.Or(decision.Decision, nodeId)).Set(DecisionProperties.Example, decision.Example));
            draft.AddRelationship(RelationshipTypes.Decides, roleId, id, new PropertyBag(decision.Source));
        }
    }

    private void ProjectArtifacts(RoleCard card, string roleId)
    {
        foreach (var artifact in card.Artifacts)
        {
            var id = AddShared(NodeLabels.Artifact, "artifact", artifact.Name, artifact.Source);
            draft.AddRelationship(RelationshipTypes.Produces, roleId, id, new PropertyBag(artifact.Source).Set(ProducesProperties.Detail, artifact.Detail));
        }
    }

    private void ProjectWorkingStyle(RoleCard card, string roleCode, string roleId)
    {
        foreach (var standard in card.WorkingStyle.QualityStandards)
        {
            var nodeId = GraphIds.OfRole("quality", roleCode, standard.Aspect);
            var id = draft.AddNode(nodeId, NodeLabels.QualityStandard,
                new PropertyBag(standard.Source).Set(QualityStandardProperties.Aspect, RequiredText.Or(standard.Aspect, nodeId)).Set(QualityStandardProperties.Criterion, standard.Criterion));
            draft.AddRelationship(RelationshipTypes.HasQualityStandard, roleId, id, new PropertyBag(standard.Source));
        }
    }

    private void ProjectExamples(RoleCard card, string roleCode, string roleId)
    {
        foreach (var example in card.Examples)
        {
            var nodeId = GraphIds.OfRole("example", roleCode, example.Title);
            var id = draft.AddNode(nodeId, NodeLabels.Example,
                new PropertyBag(example.Source).Set(ExampleProperties.Title, RequiredText.Or(example.Title, nodeId))
                    .Set(ExampleProperties.Language, example.Language).Set(ExampleProperties.Code, example.Code));
            draft.AddRelationship(RelationshipTypes.HasExample, roleId, id, new PropertyBag(example.Source));
        }
    }
}
