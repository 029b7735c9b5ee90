using System.Globalization;
using System.Text;
using CsCheck;

namespace TeamGraph.Testing.Fuzzing;

/// <summary>
/// CsCheck generators of role card text shaped like <c>seed/roles/*.md</c>: the sections a card has, in any order,
/// headed in Russian or English (the words of <c>SectionClassifier</c> and <c>TableSchemas</c>), with tables whose
/// headers come in any column order and whose rows are ragged, empty or huge; empty party cells (the blank "Кому"
/// of issue #10); nested lists and quotes; valid and broken mermaid maps; YAML front matter, valid and broken; and
/// small link and emphasis bombs. The text is Unicode; <see cref="CardBytesGen"/> turns it into bytes.
/// </summary>
/// <remarks>Plain C# with no test framework, so the bench command under <c>bench/TeamGraph.Fuzz</c> links it too.</remarks>
public static class RoleCardGen
{
    /// <summary>Role codes, real and odd; a folder drawing two cards from this small pool has duplicate codes.</summary>
    public static readonly string[] Codes = ["TL", "BE", "FE", "QA", "PM", "DO", "X1", "ТЛ", "be", "Q A", "", "R|1", "*", "role:TL"];

    /// <summary>How cards name each other: codes, names, aliases, groups, outsiders, and names nobody declares.</summary>
    public static readonly string[] Parties =
    [
        "Tech Lead", "TL", "Backend Developer", "Backend Dev", "Frontend Dev", "QA", "QA Engineer", "PM", "Project Manager",
        "DevOps", "DevOps Engineer", "Developers", "Team", "Вся команда", "Техлид", "Monitoring", "Stakeholders", "Customers",
        "Somebody Else", "role:BE", "group:developers", "X1", "ТЛ", "**Tech Lead**", "[Tech Lead](tech-lead.md)", "`TL`",
    ];

    private static readonly string[] Words =
    [
        "Release", "approval", "sign-off", "Bug", "reports", "Deploy", "staging", "Jira", "Slack", "Релиз", "отчет", "метрики",
        "Infra", "requirements", "Test", "plan", "API", "contract", "Ежедневно", "1 раз/неделю", "Confluence", "PR link",
        "70%", "✅", "⚠️", "🔴", "❌", "\u200b", "\u0301", "&amp;", "<br>", "\"quoted\"", "'", "\\", "|", "`", "*", "_", "#",
        "-->", "[", "]", "(", ")", "{", "}", "%%", ";", ":", "—", "→", "←", "\t", "💥", "e\u0301", "ﬁ",
    ];

    private static readonly string[] Notes = ["", "", "", " (cost)", " немедленно", " (если > 1 дня)", " + ", " / ", " и ", ", ", " → "];

    private static readonly Gen<string> Word = Gen.OneOf<string>(Gen.OneOf<string>(Words), Gen.String[Gen.Char.AlphaNumeric, 1, 12], Gen.String[Gen.Char['\u0400', '\u04FF'], 1, 8]);

    /// <summary>Prose: a few words, sometimes emphasised, linked or coded.</summary>
    public static readonly Gen<string> Text = Gen.Frequency<string>(
        (8, Word.Array[1, 5].Select(w => string.Join(' ', w))),
        (1, Word.Select(w => $"**{w}**")),
        (1, Word.Select(w => $"[{w}](../{w}.md)")),
        (1, Word.Select(w => $"`{w}`")),
        (1, Gen.Const("")));

    /// <summary>A party cell: one or more parties joined as cards join them, with notes, or empty (the issue #10 crash).</summary>
    public static readonly Gen<string> PartyCell = Gen.Frequency<string>(
        (6, Gen.Select(Gen.OneOf<string>(Parties).Array[1, 3], Gen.OneOf<string>(Notes),
            (parties, note) => string.Join(" + ", parties) + note)),
        (2, Gen.OneOf<string>("", " ", "—", "-", "?", "N/A")),
        (1, Text));

    private static readonly (string[] Headings, string[][] Columns, bool[] PartyColumns)[] Tables =
    [
        (["Identity", "Профиль роли", "Идентичность"], [["Параметр", "Parameter", "Field"], ["Значение", "Value", "Описание"]], [false, false]),
        (["Technical Skills", "Технические навыки", "Hard Skills"], [["Навык", "Skill", "Технология"], ["Уровень", "Level"], ["Применение", "Usage"]], [false, false, false]),
        (["Tools Proficiency", "Инструменты", "Tooling"], [["Инструмент", "Tool"], ["Использование", "Usage", "Purpose"]], [false, false]),
        (["✅ Может решать самостоятельно", "Can decide alone", "✅ Decides alone"], [["Решение", "Decision", "Area"], ["Пример", "Example"]], [false, false]),
        (["⚠️ Требует согласования", "Requires approval", "Needs approval"], [["Решение", "Decision"], ["С кем", "With whom", "Approver", "Кто согласует"]], [false, true]),
        (["🔴 Обязательная эскалация", "Mandatory escalation", "Escalation"], [["Ситуация", "Situation", "Event"], ["Кому", "To whom", "Escalate to"]], [false, true]),
        (["Inputs (Получает)", "Inputs", "Входы", "Получает"], [["От кого", "From whom", "From", "Source"], ["Что получает", "What", "Input"], ["Формат", "Format", "Channel"]], [true, false, false]),
        (["Outputs (Передает)", "Outputs", "Выходы", "Передает"], [["Кому", "To whom", "To", "Recipient"], ["Что передает", "What", "Output", "Deliverable"], ["Формат", "Format", "Канал"]], [true, false, false]),
        (["Частота коммуникации", "Communication frequency", "Meetings"], [["С кем", "With whom", "Party"], ["Частота", "Frequency", "Cadence"], ["Формат", "Format"]], [true, false, false]),
        (["Handoff Points", "Точки передачи", "Hand off"], [["Передача", "Handoff", "What"], ["Кому", "To whom", "Recipient"], ["Триггер", "Trigger", "When"]], [false, true, false]),
        (["Стандарты качества", "Quality standards", "Quality"], [["Аспект", "Aspect", "Area"], ["Критерий", "Criterion", "Target"]], [false, false]),
        (["Технологии для глубокого изучения", "Technologies", "Deep dive"], [["Технология", "Technology", "Topic"], ["Фокус", "Focus"]], [false, false]),
    ];

    private static readonly string[] ListHeadings =
    [
        "Soft Skills", "Domain Knowledge", "Primary Duties (70% времени)", "Secondary Duties (30%)", "NOT Responsible For",
        "❌ Не отвечает", "Артефакты", "Artifacts", "Обязательное изучение", "Также полезно", "Best Practices", "Рекомендуемые ресурсы",
        "Коммуникационные предпочтения", "Подход к проблемам", "Типичные фразы", "Responsibilities", "Learning Plan", "Working Style",
        "Decision Authority", "Inputs & Outputs", "Competencies & Expertise", "Something unknown", "Навигация", "See also",
    ];

    private static readonly string[] MapHeadings = ["Collaboration Map", "Карта взаимодействия", "Collaboration"];

    private static readonly string[] ExampleHeadings = ["Примеры задач", "Example tasks", "Examples"];

    /// <summary>Identity rows: the row names the Identity table reads, and values.</summary>
    private static readonly Gen<string> IdentityRow = Gen.Select(
        Gen.OneOf<string>("**Роль**", "**Role**", "**Код роли**", "Role code", "**Уровень**", "Level", "**Core Mission**", "Миссия", "id", "Other"),
        Gen.OneOf<string>(Gen.OneOf<string>(Codes), Text),
        (name, value) => $"| {name} | {value} |");

    /// <summary>A pipe table: headers from one of the card's schemas in any order, sometimes a column short or long.</summary>
    public static readonly Gen<string> Table = Gen.Int[0, Tables.Length - 1].SelectMany(index =>
    {
        var (headings, columns, partyColumns) = Tables[index];
        return Gen.Select(
            Gen.OneOf<string>(headings),
            Gen.Int[0, 99].Array[columns.Length].Select(picks => columns.Select((words, i) => words[picks[i] % words.Length]).ToArray()),
            Gen.Shuffle(Enumerable.Range(0, columns.Length).ToArray()),
            Gen.Frequency<int>((12, Gen.Const(0)), (1, Gen.Const(-1)), (1, Gen.Const(1))),
            RowsGen(partyColumns, index == 0),
            Gen.Frequency<bool>((10, Gen.Const(true)), (1, Gen.Const(false))),
            (heading, header, order, extraColumns, rows, separator) =>
                Render(heading, [.. order.Select(i => header[i])], order, extraColumns, rows, separator));
    });

    private static Gen<string[][]> RowsGen(bool[] partyColumns, bool identity)
    {
        var cell = Gen.Int[0, partyColumns.Length - 1].SelectMany(i => partyColumns[i] ? PartyCell : Text);
        var row = Gen.Frequency<string[]>(
            (10, Gen.Select(PartyCell.Array[partyColumns.Length], Text.Array[partyColumns.Length],
                (parties, texts) => partyColumns.Select((isParty, i) => isParty ? parties[i] : texts[i]).ToArray())),
            (2, cell.Array[0, partyColumns.Length + 2]), // ragged: fewer or more cells than the header
            (1, Gen.Const(Array.Empty<string>())));
        var identityRow = IdentityRow.Select(r => new[] { r });
        var rows = identity ? identityRow : row;
        return Gen.Frequency<string[][]>(
            (12, rows.Array[0, 6]),
            (1, rows.Array[0, 0]),
            (1, rows.Array[200, 600])); // huge
    }

    private static string Render(string heading, string[] header, int[] order, int extraColumns, string[][] rows, bool separator)
    {
        var text = new StringBuilder();
        text.Append("### ").Append(heading).Append("\n\n");
        var headerCells = extraColumns < 0 && header.Length > 1 ? header[..^1] : extraColumns > 0 ? [.. header, "Комментарий"] : header;
        text.Append("| ").Append(string.Join(" | ", headerCells)).Append(" |\n");
        if (separator)
        {
            text.Append('|').Append(string.Concat(headerCells.Select(_ => "---|"))).Append('\n');
        }

        foreach (var row in rows)
        {
            // Identity rows come rendered; other rows follow the header's column order.
            if (row.Length == 1 && row[0].StartsWith('|'))
            {
                text.Append(row[0]).Append('\n');
                continue;
            }

            var cells = row.Length == order.Length ? [.. order.Select(i => row[i])] : row;
            text.Append("| ").Append(string.Join(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal)))).Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>A list section: flat, nested (up to a few levels), numbered, with quotes and bold lead-ins.</summary>
    public static readonly Gen<string> ListSection = Gen.Select(
        Gen.OneOf<string>(ListHeadings),
        Gen.Select(Gen.Int[0, 4], Gen.OneOf<string>("- ", "* ", "1. ", "> ", "> - ", "- [ ] "), Text, Gen.Bool,
            (depth, marker, text, bold) => new string(' ', depth * 2) + marker + (bold ? $"**{text}**: {text}" : text)).Array[0, 12],
        Gen.Int[2, 4],
        (heading, items, level) => $"{new string('#', level)} {heading}\n\n{string.Join('\n', items)}\n");

    /// <summary>A mermaid <c>graph LR</c> block: node declarations and labelled edges, or broken in one of many ways.</summary>
    public static readonly Gen<string> Mermaid = Gen.Select(
        Gen.OneOf<string>(MapHeadings),
        Gen.OneOf<string>("graph LR", "graph TD", "flowchart LR", "graph", "graph XX", "sequenceDiagram", "", "%% comment\ngraph LR"),
        MermaidStatement.Array[0, 14],
        Gen.Frequency<string>((12, Gen.Const("```")), (1, Gen.Const(""))),
        (heading, header, statements, close) => $"## {heading}\n\n```mermaid\n{header}\n{string.Join('\n', statements)}\n{close}\n");

    private static Gen<string> MermaidStatement => Gen.Frequency<string>(
        (4, Gen.Select(Gen.OneOf<string>(Codes), Gen.OneOf<string>(Parties), Gen.OneOf<string>("[{0}]", "(\"{0}\")", "{{{{{0}}}}}", "[[{0}]]", "((\"{0}\"))", "[{0}"),
            (code, name, shape) => "    " + MermaidId(code) + string.Format(CultureInfo.InvariantCulture, shape, name))),
        (5, Gen.Select(Gen.OneOf<string>(Codes), Gen.OneOf<string>(Codes), Gen.OneOf<string>("-->", "---", "-.->", "==>", "--o", "<-->", "-- text -->", "->", "--x"),
            Gen.Frequency<string>((3, Text.Select(t => $"|{t}|")), (2, Gen.Const("")), (1, Gen.Const("|unclosed"))),
            (a, b, arrow, label) => $"    {MermaidId(a)} {arrow}{label} {MermaidId(b)}")),
        (1, Gen.Select(Gen.OneOf<string>(Codes), Gen.OneOf<string>(Codes), Gen.OneOf<string>(Codes), (a, b, c) => $"    {MermaidId(a)} --> {MermaidId(b)} & {MermaidId(c)} --> {MermaidId(a)}")),
        (1, Gen.Select(Text, MermaidStatementLeaf.Array[0, 4], (title, body) => $"    subgraph {title}\n{string.Join('\n', body)}\n    end")),
        (1, Gen.OneOf<string>("    end", "    subgraph", "    classDef x fill:#f00", "    class TL x", "    style TL fill:#f9f", "    click TL \"http://x\"", "    %% note", "    ;", "    TL-->", "    -->TL", "  \t ")),
        (1, Text.Select(t => "    " + t)));

    private static Gen<string> MermaidStatementLeaf =>
        Gen.Select(Gen.OneOf<string>(Codes), Gen.OneOf<string>(Parties), (code, name) => $"        {MermaidId(code)}[{name}]");

    private static string MermaidId(string code) => code.Length == 0 ? "X" : code;

    /// <summary>An example task: a heading and a fenced code block, sometimes unclosed or with a tilde fence.</summary>
    public static readonly Gen<string> Example = Gen.Select(
        Gen.OneOf<string>(ExampleHeadings),
        Text,
        Gen.OneOf<string>("yaml", "dockerfile", "typescript", "", "mermaid", "bash"),
        Text.Array[0, 6],
        Gen.OneOf<string>("```", "~~~", "````", ""),
        (heading, task, language, lines, close) =>
            $"## {heading}\n\n### {task}\n\n{(close == "~~~" ? "~~~" : "```")}{language}\n{string.Join('\n', lines)}\n{close}\n");

    /// <summary>Bombs small enough that today's code finishes quickly; the large ones are <see cref="LargeBombs"/>.</summary>
    public static readonly Gen<string> SmallBomb = Gen.Select(
        Gen.OneOf<string>("[a](", "*a", "**", "_", "[", "![", "<", "`", "> ", "- ", "[a]: b\n", "\\", "|", "&#", "*_"),
        Gen.Int[1, 400],
        (unit, count) => string.Concat(Enumerable.Repeat(unit, count)) + "\n");

    /// <summary>Bombs that stall Markdig today (issue #10 item 4); they need the per-document budget from wt-read.</summary>
    public static IReadOnlyList<(string Name, string Text)> LargeBombs { get; } =
    [
        ("link-open", string.Concat(Enumerable.Repeat("[a](", 40_000))),
        ("emphasis", string.Concat(Enumerable.Repeat("*a_", 60_000))),
        ("nested-brackets", new string('[', 60_000) + "a" + new string(']', 60_000) + "(b)"),
    ];

    /// <summary>YAML front matter: the keys that win over the tables, valid, broken or odd.</summary>
    public static readonly Gen<string> FrontMatter = Gen.Frequency<string>(
        (4, Gen.Const("")),
        (2, Gen.Select(Gen.OneOf<string>(Codes), Gen.OneOf<string>(Parties), Gen.OneOf<string>(Parties).Array[0, 3],
            (code, name, aliases) => $"---\ncode: \"{code}\"\nname: \"{name}\"\naliases: [{string.Join(", ", aliases.Select(a => $"\"{a}\""))}]\n---\n\n")),
        (1, Gen.OneOf<string>(
            "---\ncode: [unclosed\n---\n\n", "---\ncode: TL\n", "---\n- just\n- a list\n---\n\n", "---\ncode: {a: b}\nname: 42\n---\n\n",
            "---\n---\n\n", "---\ncode: &a TL\nname: *a\naliases: *a\n---\n\n", "---\n\tcode: TL\n---\n\n", "---\ncode: !!binary AAAA\n---\n\n")));

    private static readonly Gen<string> Section = Gen.Frequency<string>(
        (8, Table),
        (4, ListSection),
        (3, Mermaid),
        (1, Example),
        (1, SmallBomb),
        (1, Text.Select(t => $"> **Навигация**: [README](../README.md) | [{t}]({t}.md) | [Team](../team-structure.md)\n")),
        (1, Gen.Select(Gen.Int[1, 6], Text, (level, t) => $"{new string('#', level)} {t}\n")));

    /// <summary>A whole card: front matter, title, sections in any order (some twice, some missing).</summary>
    public static readonly Gen<string> Card = Gen.Select(
        FrontMatter,
        Gen.Frequency<string>((10, Gen.OneOf<string>(Parties).Select(p => $"# {p}\n\n")), (1, Gen.Const("")), (1, Gen.Const("#\n\n"))),
        Section.Array[0, 10],
        (front, title, sections) => front + title + string.Join('\n', sections));
}
