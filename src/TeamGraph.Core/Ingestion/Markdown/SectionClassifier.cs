namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>
/// Names the section a heading introduces from keyword tables, Russian or English, ignoring case, emoji and
/// punctuation. Rules are tried in order, so the more specific phrase ("not responsible") comes before the
/// general one ("responsib"). Keywords match at a word start, so "навык" also matches "навыки".
/// </summary>
internal static class SectionClassifier
{
    private static readonly (SectionKind Kind, string[] Keywords)[] LearningPlanRules =
    [
        (SectionKind.RequiredReading, ["обязательн", "required", "mandatory", "must read"]),
        (SectionKind.UsefulReading, ["также полезно", "полезн", "also useful", "useful", "further reading", "optional"]),
        (SectionKind.Technologies, ["технолог", "technolog", "deep dive"]),
        (SectionKind.Practices, ["best practice", "практик", "practice"]),
        (SectionKind.Resources, ["ресурс", "resource", "links", "ссылк"]),
    ];

    private static readonly (SectionKind Kind, string[] Keywords)[] Rules =
    [
        (SectionKind.Group, ["inputs outputs", "inputs and outputs", "входы и выходы", "входы выходы", "competenc", "компетенц", "expertise"]),
        (SectionKind.Identity, ["identity", "идентичн", "профиль роли", "role profile"]),
        (SectionKind.TechnicalSkills, ["technical skill", "hard skill", "технические навык", "тех навык", "технические компетенц"]),
        (SectionKind.SoftSkills, ["soft skill", "мягкие навык", "гибкие навык", "личные качеств"]),
        (SectionKind.DomainKnowledge, ["domain knowledge", "domain", "знание домена", "знания домена", "доменн", "предметн"]),
        (SectionKind.Tools, ["tools", "tool proficiency", "tooling", "инструмент"]),
        (SectionKind.LearningPlan, ["learning plan", "learning", "план обучения", "план развития", "обучение"]),
        (SectionKind.PrimaryDuties, ["primary dut", "primary responsib", "основные обязанност", "основные задачи"]),
        (SectionKind.SecondaryDuties, ["secondary dut", "secondary responsib", "дополнительные обязанност", "второстепенн"]),
        (SectionKind.NotResponsible, ["not responsible", "не отвечает", "не несет", "вне зоны", "out of scope"]),
        (SectionKind.Responsibilities, ["responsibilit", "обязанност", "зона ответственност"]),
        (SectionKind.DecisionsAlone, ["может решать", "самостоятельн", "can decide", "decides alone", "decide alone", "alone"]),
        (SectionKind.Approvals, ["требует согласован", "requires approval", "require approval", "needs approval", "approval"]),
        (SectionKind.Escalations, ["обязательная эскалац", "mandatory escalation", "эскалац", "escalat"]),
        (SectionKind.DecisionAuthority, ["decision authority", "decision", "полномочия", "принятие решен"]),
        (SectionKind.Inputs, ["inputs", "input", "получает", "входы", "входящ"]),
        (SectionKind.Outputs, ["outputs", "output", "передает", "выходы", "исходящ"]),
        (SectionKind.Artifacts, ["artifact", "artefact", "артефакт"]),
        (SectionKind.CollaborationMap, ["collaboration map", "карта взаимодейств", "карта коммуникац", "collaboration"]),
        (SectionKind.Preferences, ["коммуникационные предпочтен", "communication preferences", "предпочтен", "preferences"]),
        (SectionKind.Communication, ["частота коммуникац", "communication frequency", "communication", "коммуникац", "meetings", "встречи"]),
        (SectionKind.HandoffPoints, ["handoff", "hand off", "точки передачи", "передача работы"]),
        (SectionKind.WorkingStyle, ["working style", "work style", "стиль работы"]),
        (SectionKind.ProblemSolving, ["подход к проблем", "problem solving", "approach to problems", "решение проблем"]),
        (SectionKind.QualityStandards, ["стандарты качеств", "quality standard", "quality", "качеств"]),
        (SectionKind.TypicalPhrases, ["типичные фраз", "typical phrase", "phrases", "фразы"]),
        (SectionKind.Examples, ["примеры задач", "example tasks", "examples", "примеры"]),
    ];

    public static SectionKind Classify(string heading, SectionKind parent)
    {
        if (parent is SectionKind.Examples or SectionKind.ExampleTask)
        {
            return SectionKind.ExampleTask;
        }

        if (ClassifyByMark(heading) is { } marked)
        {
            return marked;
        }

        var normalized = KeywordText.Normalize(heading);
        if (IsLearningPlan(parent) && Match(normalized, LearningPlanRules) is { } planPart)
        {
            return planPart;
        }

        return Match(normalized, Rules) ?? SectionKind.Unknown;
    }

    public static bool IsLearningPlan(SectionKind kind) => kind is SectionKind.LearningPlan or SectionKind.RequiredReading
        or SectionKind.UsefulReading or SectionKind.Technologies or SectionKind.Practices or SectionKind.Resources;

    // The marks carry the meaning in the Decision Authority and NOT-responsible headings, whatever the words say.
    private static SectionKind? ClassifyByMark(string heading) =>
        heading.Contains('✅', StringComparison.Ordinal) || heading.Contains('✔', StringComparison.Ordinal) ? SectionKind.DecisionsAlone
        : heading.Contains('⚠', StringComparison.Ordinal) ? SectionKind.Approvals
        : heading.Contains("🔴", StringComparison.Ordinal) ? SectionKind.Escalations
        : heading.Contains('❌', StringComparison.Ordinal) ? SectionKind.NotResponsible
        : null;

    private static SectionKind? Match(string normalized, (SectionKind Kind, string[] Keywords)[] rules)
    {
        foreach (var (kind, keywords) in rules)
        {
            foreach (var keyword in keywords)
            {
                if (KeywordText.HasWordPrefix(normalized, keyword))
                {
                    return kind;
                }
            }
        }

        return null;
    }
}
