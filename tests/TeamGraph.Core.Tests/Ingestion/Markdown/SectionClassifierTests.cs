using TeamGraph.Core.Ingestion.Markdown;

namespace TeamGraph.Core.Tests.Ingestion.Markdown;

public class SectionClassifierTests
{
    // Kinds are passed by name: SectionKind is internal and a public test method cannot take it.
    [Theory]
    [InlineData("Identity", nameof(SectionKind.Identity))]
    [InlineData("Competencies & Expertise", nameof(SectionKind.Group))]
    [InlineData("Inputs & Outputs", nameof(SectionKind.Group))]
    [InlineData("Технические навыки", nameof(SectionKind.TechnicalSkills))]
    [InlineData("SOFT SKILLS", nameof(SectionKind.SoftSkills))]
    [InlineData("Domain Knowledge", nameof(SectionKind.DomainKnowledge))]
    [InlineData("🛠 Инструменты", nameof(SectionKind.Tools))]
    [InlineData("Learning Plan", nameof(SectionKind.LearningPlan))]
    [InlineData("Primary Duties (70% времени)", nameof(SectionKind.PrimaryDuties))]
    [InlineData("Secondary Duties (30% времени)", nameof(SectionKind.SecondaryDuties))]
    [InlineData("NOT Responsible For", nameof(SectionKind.NotResponsible))]
    [InlineData("Responsibilities", nameof(SectionKind.Responsibilities))]
    [InlineData("Decision Authority", nameof(SectionKind.DecisionAuthority))]
    [InlineData("✅ Может решать самостоятельно", nameof(SectionKind.DecisionsAlone))]
    [InlineData("Can decide alone", nameof(SectionKind.DecisionsAlone))]
    [InlineData("⚠️ Требует согласования", nameof(SectionKind.Approvals))]
    [InlineData("Requires approval", nameof(SectionKind.Approvals))]
    [InlineData("🔴 Обязательная эскалация", nameof(SectionKind.Escalations))]
    [InlineData("Inputs (Получает)", nameof(SectionKind.Inputs))]
    [InlineData("Outputs (Передает)", nameof(SectionKind.Outputs))]
    [InlineData("Артефакты", nameof(SectionKind.Artifacts))]
    [InlineData("Collaboration Map", nameof(SectionKind.CollaborationMap))]
    [InlineData("Частота коммуникации", nameof(SectionKind.Communication))]
    [InlineData("Handoff Points", nameof(SectionKind.HandoffPoints))]
    [InlineData("Working Style", nameof(SectionKind.WorkingStyle))]
    [InlineData("Коммуникационные предпочтения", nameof(SectionKind.Preferences))]
    [InlineData("Подход к проблемам", nameof(SectionKind.ProblemSolving))]
    [InlineData("Стандарты качества", nameof(SectionKind.QualityStandards))]
    [InlineData("Типичные фразы", nameof(SectionKind.TypicalPhrases))]
    [InlineData("Примеры задач в контексте логистики", nameof(SectionKind.Examples))]
    [InlineData("Team Rituals", nameof(SectionKind.Unknown))]
    public void Classify_TopLevelHeading_NamesItsSection(string heading, string expected) =>
        Assert.Equal(expected, SectionClassifier.Classify(heading, SectionKind.Title).ToString());

    [Theory]
    [InlineData("Обязательное изучение из docs/tech-stack/", nameof(SectionKind.RequiredReading))]
    [InlineData("Required reading", nameof(SectionKind.RequiredReading))]
    [InlineData("Также полезно (для контекста)", nameof(SectionKind.UsefulReading))]
    [InlineData("Технологии для глубокого изучения", nameof(SectionKind.Technologies))]
    [InlineData("Best Practices", nameof(SectionKind.Practices))]
    [InlineData("Рекомендуемые ресурсы", nameof(SectionKind.Resources))]
    public void Classify_InsideLearningPlan_NamesThePlanPart(string heading, string expected) =>
        Assert.Equal(expected, SectionClassifier.Classify(heading, SectionKind.LearningPlan).ToString());

    [Fact]
    public void Classify_UnderExamples_IsAnExampleWhateverItSays() =>
        Assert.Equal(SectionKind.ExampleTask, SectionClassifier.Classify("Security", SectionKind.Examples));

    [Fact]
    public void Classify_BestPracticesOutsideLearningPlan_IsNotThePlan() =>
        Assert.Equal(SectionKind.Unknown, SectionClassifier.Classify("Best Practices", SectionKind.Title));
}
