using System.Globalization;
using System.Text;

namespace TeamGraph.Benchmarks;

/// <summary>What <see cref="SyntheticTeam"/> writes besides the plain cards.</summary>
public enum TeamShape
{
    /// <summary>The cards alone, as <see cref="IngestBenchmarks"/> measures them.</summary>
    Plain,

    /// <summary>The plain cards with more for the audit to check: see <see cref="SyntheticTeamExtras"/>.</summary>
    Varied,
}

/// <summary>
/// The additions of <see cref="TeamShape.Varied"/>, each giving an audit rule work that grows with the team: a
/// registry declaring every role, a group per 20 roles (which the Handoff Points rows name instead of "Team") and a
/// glossary of a fifth as many rows as roles; one hub role, R00000, that every fourth role reports to and whose card
/// names each of those reports differently, and that gives feedback to every fourth role, half of which name it
/// differently and half not at all (hundreds of probable and one-sided handoffs and map edges on one card); an escalation per
/// role to its first peer (cycles) and to an undeclared vendor on every seventh; an approval with no approver on every
/// ninth; a link to a missing guide; a map class no classDef defines.
/// </summary>
internal static class SyntheticTeamExtras
{
    private const int GroupSize = 20;
    private const int Hub = 0;

    public static string Extend(string card, int i, List<int> peers, int roles)
    {
        var code = SyntheticTeam.Code(i);
        var inputs = new StringBuilder();
        var outputs = new StringBuilder();
        var map = new StringBuilder();
        if (i == Hub)
        {
            foreach (var reporter in Enumerable.Range(1, roles - 1).Where(ReportsToHub))
            {
                inputs.AppendLine(CultureInfo.InvariantCulture, $"| {SyntheticTeam.Code(reporter)} | Отчёт {reporter} | Jira |");
                map.AppendLine(CultureInfo.InvariantCulture, $"    {SyntheticTeam.Code(reporter)}[Role {reporter}] -->|report| {code}");
            }

            foreach (var reviewed in Enumerable.Range(1, roles - 1).Where(ReviewedByHub))
            {
                outputs.AppendLine(CultureInfo.InvariantCulture, $"| {SyntheticTeam.Code(reviewed)} | Feedback {reviewed} | Email |");
                map.AppendLine(CultureInfo.InvariantCulture, $"    {code} -->|feedback| {SyntheticTeam.Code(reviewed)}[Role {reviewed}]");
            }
        }
        else if (ReportsToHub(i))
        {
            outputs.AppendLine(CultureInfo.InvariantCulture, $"| {SyntheticTeam.Code(Hub)} | Status report {i} | Jira |");
        }
        else if (ReviewedByHub(i) && i % 8 == 2)
        {
            inputs.AppendLine(CultureInfo.InvariantCulture, $"| {SyntheticTeam.Code(Hub)} | Отзыв {i} | Email |");
        }

        var escalations = new StringBuilder("\n### 🔴 Обязательная эскалация\n\n| Ситуация | Кому |\n|---|---|\n");
        escalations.AppendLine(CultureInfo.InvariantCulture, $"| Incident {i} | {SyntheticTeam.Code(peers.FirstOrDefault())} |");
        if (i % 7 == 0)
        {
            escalations.AppendLine(CultureInfo.InvariantCulture, $"| Contract {i} | Vendor {i % 13} |");
        }

        var approvals = i % 9 == 0 ? $"| Budget {i} | |\n" : "";
        return card
            .Replace("[Team Structure](../team-structure.md)", $"[Team Structure](../team-structure.md) | [Guide](../guides/guide-{i % 50}.md)", StringComparison.Ordinal)
            .Replace("| Решение | С кем |\n|---|---|\n", "| Решение | С кем |\n|---|---|\n" + approvals, StringComparison.Ordinal)
            .Replace("\n## Inputs & Outputs", escalations + "\n## Inputs & Outputs", StringComparison.Ordinal)
            .Replace("| От кого | Что получает | Формат |\n|---|---|---|\n", "| От кого | Что получает | Формат |\n|---|---|---|\n" + inputs, StringComparison.Ordinal)
            .Replace("| Кому | Что передает | Формат |\n|---|---|---|\n", "| Кому | Что передает | Формат |\n|---|---|---|\n" + outputs, StringComparison.Ordinal)
            .Replace($"    {code}[Role {i}]\n", $"    {code}[Role {i}]:::hot\n" + map, StringComparison.Ordinal)
            .Replace(" + Team |", $" + {GroupName(((i / GroupSize) + 1) % GroupCount(roles))} |", StringComparison.Ordinal);
    }

    public static string Registry(int roles)
    {
        var registry = new StringBuilder("# Team Structure\n\n## Роли\n\n| Код | Роль | Aliases | Карточка |\n|---|---|---|---|\n");
        for (var i = 0; i < roles; i++)
        {
            registry.AppendLine(CultureInfo.InvariantCulture, $"| {SyntheticTeam.Code(i)} | Role {i} | | [role-{i:D5}.md](roles/role-{i:D5}.md) |");
        }

        registry.Append("\n## Группы\n\n| Group | Members | Aliases |\n|---|---|---|\n| Team | everyone | Команда |\n");
        for (var g = 0; g < GroupCount(roles); g++)
        {
            var members = Enumerable.Range(g * GroupSize, Math.Min(GroupSize, roles - (g * GroupSize))).Select(SyntheticTeam.Code);
            registry.AppendLine(CultureInfo.InvariantCulture, $"| {GroupName(g)} | {string.Join(", ", members)} | |");
        }

        registry.Append("\n## Глоссарий\n\n| Термин | Эквиваленты |\n|---|---|\n");
        foreach (var reporter in Enumerable.Range(1, roles - 1).Where(r => ReportsToHub(r) && r % 8 == 1))
        {
            registry.AppendLine(CultureInfo.InvariantCulture, $"| Status report {reporter} | Отчёт {reporter} |");
        }

        for (var k = 0; k < roles / 5; k++)
        {
            registry.AppendLine(CultureInfo.InvariantCulture, $"| Term {k} | Synonym {k}, Синоним {k} |");
        }

        return registry.ToString();
    }

    private static bool ReportsToHub(int role) => role != Hub && role % 4 == 1;

    /// <summary>The hub gives these feedback; half of them say so on their own card (under another name).</summary>
    private static bool ReviewedByHub(int role) => role != Hub && role % 4 == 2;

    private static int GroupCount(int roles) => (roles + GroupSize - 1) / GroupSize;

    private static string GroupName(int group) => "Group " + group.ToString(CultureInfo.InvariantCulture);
}
