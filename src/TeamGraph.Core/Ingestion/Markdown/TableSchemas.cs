namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>The tables of a role card and the header words, Russian or English, that name their columns.</summary>
internal static class TableSchemas
{
    public const string Name = "name";
    public const string Level = "level";
    public const string Usage = "usage";
    public const string Party = "party";
    public const string What = "what";
    public const string Format = "format";
    public const string Trigger = "trigger";
    public const string Example = "example";
    public const string Frequency = "frequency";
    public const string Focus = "focus";
    public const string Criterion = "criterion";
    public const string Value = "value";
    public const string Role = "role";
    public const string Code = "code";
    public const string Mission = "mission";

    private static readonly ColumnSpec FormatColumn = new(Format, false, "формат", "format", "канал", "channel", "как", "how");

    public static TableSchema Identity { get; } = new("Identity", [
        new(Name, true, "параметр", "parameter", "поле", "field", "attribute", "атрибут", "property", "свойство", "key", "ключ"),
        new(Value, true, "значение", "value", "описание", "description"),
    ]);

    /// <summary>The rows of the Identity table; <see cref="TableSchema.KeyOf"/> names the row.</summary>
    public static TableSchema IdentityRows { get; } = new("Identity rows", [
        new(Code, false, "код роли", "role code", "код", "code", "id"),
        new(Mission, false, "core mission", "миссия", "mission", "цель", "purpose"),
        new(Level, false, "уровень", "level", "grade", "seniority"),
        new(Role, false, "роль", "role", "должность", "title", "position", "name", "название"),
    ]);

    public static TableSchema TechnicalSkills { get; } = new("Technical Skills", [
        new(Name, true, "навык", "skill", "технология", "technology", "компетенция", "competency"),
        new(Level, false, "уровень", "level", "proficiency", "владение"),
        new(Usage, false, "применение", "usage", "use", "application", "использование", "где", "where", "examples"),
    ]);

    public static TableSchema Tools { get; } = new("Tools Proficiency", [
        new(Name, true, "инструмент", "tool", "сервис", "service"),
        new(Usage, false, "использование", "usage", "use", "purpose", "применение", "назначение", "для чего", "used for"),
    ]);

    public static TableSchema Technologies { get; } = new("Technologies", [
        new(Name, true, "технология", "technology", "тема", "topic", "инструмент", "tool"),
        new(Focus, false, "фокус", "focus", "что изучить", "what to study", "акцент"),
    ]);

    public static TableSchema DecisionsAlone { get; } = new("Decisions taken alone", [
        new(What, true, "решение", "decision", "область", "area"),
        new(Example, false, "пример", "example"),
    ]);

    public static TableSchema Approvals { get; } = new("Decisions needing approval", [
        new(What, true, "решение", "decision"),
        new(Party, true, "с кем", "with whom", "кто согласует", "approver", "approvers", "approved by", "кем", "who"),
    ]);

    public static TableSchema Escalations { get; } = new("Mandatory escalations", [
        new(What, true, "ситуация", "situation", "событие", "event", "trigger"),
        new(Party, true, "кому", "to whom", "to", "escalate to", "who"),
    ]);

    public static TableSchema Inputs { get; } = new("Inputs", [
        new(Party, true, "от кого", "from whom", "from", "source", "источник", "кто", "who"),
        new(What, true, "что получает", "что", "what", "input", "item"),
        FormatColumn,
    ]);

    public static TableSchema Outputs { get; } = new("Outputs", [
        new(Party, true, "кому", "to whom", "to", "recipient", "получатель", "кто", "who"),
        new(What, true, "что передает", "что", "what", "output", "item", "deliverable"),
        FormatColumn,
    ]);

    public static TableSchema Communication { get; } = new("Communication frequency", [
        new(Party, true, "с кем", "with whom", "with", "кто", "who", "party"),
        new(Frequency, false, "частота", "frequency", "how often", "как часто", "cadence"),
        FormatColumn,
    ]);

    public static TableSchema HandoffPoints { get; } = new("Handoff Points", [
        new(What, true, "передача", "handoff", "hand off", "что", "what"),
        new(Party, true, "кому", "to whom", "to", "recipient", "получатель"),
        new(Trigger, false, "триггер", "trigger", "когда", "when", "условие", "condition"),
    ]);

    public static TableSchema QualityStandards { get; } = new("Quality standards", [
        new(Name, true, "аспект", "aspect", "area", "область"),
        new(Criterion, true, "критерий", "criterion", "criteria", "стандарт", "standard", "target", "цель"),
    ]);
}
