using System.Globalization;
using System.Text;

namespace TeamGraph.Benchmarks;

/// <summary>
/// Writes a folder of generated role cards shaped like the seed card (same sections, Russian headers, mermaid map),
/// each role handing work to a few others, so ingest does the same work per card as on a real team.
/// <see cref="TeamShape.Varied"/> adds what gives the audit's rules more to look at (see <see cref="SyntheticTeamExtras"/>).
/// With <c>hubs</c> above 0, the first <c>hubs</c> roles are hubs: every other role also hands a status report to one
/// of them in turn, declared on both cards, so each hub receives about roles / hubs handoffs (the other cards are
/// otherwise unchanged).
/// </summary>
internal static class SyntheticTeam
{
    public static string Write(int roles, int seed = 42, string? folder = null, TeamShape shape = TeamShape.Plain, int hubs = 0)
    {
        folder ??= Path.Combine(Path.GetTempPath(), $"teamgraph-bench-{roles}-{seed}");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(Path.Combine(folder, "roles"));
        var random = new Random(seed);
        for (var i = 0; i < roles; i++)
        {
            var peers = Enumerable.Range(0, 4).Select(_ => random.Next(roles)).Where(p => p != i).Distinct().ToList();
            int? hub = hubs > 0 && i >= hubs ? i % hubs : null;
            var reporters = i < hubs ? Enumerable.Range(hubs, roles - hubs).Where(r => r % hubs == i).ToList() : [];
            var card = Card(i, peers, hub, reporters);
            if (shape == TeamShape.Varied)
            {
                card = SyntheticTeamExtras.Extend(card, i, peers, roles);
            }

            File.WriteAllText(Path.Combine(folder, "roles", $"role-{i:D5}.md"), card, Encoding.UTF8);
        }

        if (shape == TeamShape.Varied)
        {
            File.WriteAllText(Path.Combine(folder, "team-structure.md"), SyntheticTeamExtras.Registry(roles), Encoding.UTF8);
        }

        return folder;
    }

    public static string Code(int i) => "R" + i.ToString("D5", CultureInfo.InvariantCulture);

    private static string Card(int i, List<int> peers, int? hub, List<int> reporters)
    {
        var card = new StringBuilder();
        card.AppendLine(CultureInfo.InvariantCulture, $"# Role {i}").AppendLine()
            .AppendLine("> **Навигация**: [README](../README.md) | [Team Structure](../team-structure.md)").AppendLine()
            .AppendLine("## Identity").AppendLine()
            .AppendLine("| Параметр | Значение |").AppendLine("|---|---|")
            .AppendLine(CultureInfo.InvariantCulture, $"| **Роль** | Role {i} |")
            .AppendLine("| **Уровень** | Middle / Senior |")
            .AppendLine(CultureInfo.InvariantCulture, $"| **Код роли** | {Code(i)} |")
            .AppendLine("| **Core Mission** | Обеспечить надежную доставку кода в production |").AppendLine()
            .AppendLine("## Competencies & Expertise").AppendLine().AppendLine("### Technical Skills").AppendLine()
            .AppendLine("| Навык | Уровень | Применение |").AppendLine("|---|---|---|");
        foreach (var skill in new[] { "CI/CD", "Docker", "PostgreSQL", "Linux", "Monitoring", "Security" })
        {
            card.AppendLine(CultureInfo.InvariantCulture, $"| {skill} | Advanced | Daily work on {skill} |");
        }

        card.AppendLine().AppendLine("### Soft Skills").AppendLine()
            .AppendLine("- **Системное мышление**: Понимание всей инфраструктуры")
            .AppendLine("- **Проактивность**: Предотвращение проблем").AppendLine()
            .AppendLine("## Responsibilities").AppendLine().AppendLine("### Primary Duties (70% времени)").AppendLine()
            .AppendLine("1. **Pipelines**\n   - Настройка\n   - Поддержка")
            .AppendLine("2. **Инфраструктура**\n   - Environment management").AppendLine()
            .AppendLine("## Decision Authority").AppendLine().AppendLine("### ⚠️ Требует согласования").AppendLine()
            .AppendLine("| Решение | С кем |").AppendLine("|---|---|");
        foreach (var peer in peers)
        {
            card.AppendLine(CultureInfo.InvariantCulture, $"| Change {peer} | {Code(peer)} + PM (cost) |");
        }

        card.AppendLine().AppendLine("## Inputs & Outputs").AppendLine().AppendLine("### Inputs (Получает)").AppendLine()
            .AppendLine("| От кого | Что получает | Формат |").AppendLine("|---|---|---|");
        foreach (var peer in peers)
        {
            card.AppendLine(CultureInfo.InvariantCulture, $"| {Code(peer)} | Work item {peer}-{i} | Docs |");
        }

        foreach (var reporter in reporters)
        {
            card.AppendLine(CultureInfo.InvariantCulture, $"| {Code(reporter)} | Status report {reporter} | Docs |");
        }

        card.AppendLine().AppendLine("### Outputs (Передает)").AppendLine().AppendLine("| Кому | Что передает | Формат |").AppendLine("|---|---|---|");
        foreach (var peer in peers)
        {
            card.AppendLine(CultureInfo.InvariantCulture, $"| {Code(peer)} | Work item {i}-{peer} | Docs |");
        }

        if (hub is { } hubIndex)
        {
            card.AppendLine(CultureInfo.InvariantCulture, $"| {Code(hubIndex)} | Status report {i} | Docs |");
        }

        card.AppendLine().AppendLine("## Collaboration Map").AppendLine().AppendLine("```mermaid").AppendLine("graph LR")
            .AppendLine(CultureInfo.InvariantCulture, $"    {Code(i)}[Role {i}]");
        foreach (var peer in peers)
        {
            card.AppendLine(CultureInfo.InvariantCulture, $"    {Code(i)} -->|work {peer}| {Code(peer)}[Role {peer}]");
        }

        card.AppendLine("```").AppendLine().AppendLine("### Handoff Points").AppendLine()
            .AppendLine("| Передача | Кому | Триггер |").AppendLine("|---|---|---|")
            .AppendLine(CultureInfo.InvariantCulture, $"| Release {i} | {Code(peers.FirstOrDefault())} + Team | Successful deployment |");
        return card.ToString();
    }
}
