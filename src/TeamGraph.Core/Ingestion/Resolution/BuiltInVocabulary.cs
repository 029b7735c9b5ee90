namespace TeamGraph.Core.Ingestion.Resolution;

/// <summary>
/// Names TeamGraph recognises when the team registry does not declare them: the usual words for the whole team and
/// for the developers, and common parties outside the team. Each use is reported, since it is a guess.
/// </summary>
internal static class BuiltInVocabulary
{
    public const string EveryoneGroup = "Team";
    public const string DevelopersGroup = "Developers";

    private static readonly Dictionary<string, string> s_groups = Index(
        (EveryoneGroup, ["team", "whole team", "everyone", "all", "команда", "вся команда", "все"]),
        (DevelopersGroup, ["developers", "devs", "dev team", "development team", "engineers", "разработчики", "разработка"]));

    private static readonly Dictionary<string, string> s_systems = Index(
        ("Monitoring", ["monitoring", "alerting", "alerts", "мониторинг"]),
        ("CI", ["ci", "ci cd", "pipeline", "github actions"]));

    private static readonly Dictionary<string, string> s_externals = Index(
        ("Stakeholders", ["stakeholders", "stakeholder", "стейкхолдеры", "заинтересованные стороны"]),
        ("Customers", ["customers", "customer", "clients", "client", "клиенты", "заказчик"]),
        ("Users", ["users", "end users", "пользователи"]),
        ("Management", ["management", "leadership", "руководство"]),
        ("Vendors", ["vendors", "vendor", "поставщики"]),
        ("Support", ["support", "customer support", "поддержка"]));

    /// <summary>The canonical group name for <paramref name="key"/> (a normalised name), if it is a group word.</summary>
    public static string? FindGroup(string key) => s_groups.GetValueOrDefault(key);

    /// <summary>The canonical name and kind ("system" or "external") for <paramref name="key"/>, if it is a known party.</summary>
    public static (string Name, string Kind)? FindExternal(string key) =>
        s_systems.TryGetValue(key, out var system) ? (system, "system")
        : s_externals.TryGetValue(key, out var external) ? (external, "external")
        : null;

    /// <summary>True when a role name says it is a developer role ("Backend Dev", "Frontend Developer").</summary>
    public static bool IsDeveloperRoleName(string name) =>
        NameNormalizer.Loosen(name).Split(' ').Contains("dev") || NameNormalizer.Normalize(name).Contains("разработчик", StringComparison.Ordinal);

    private static Dictionary<string, string> Index(params (string Name, string[] Words)[] entries)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, words) in entries)
        {
            foreach (var word in words)
            {
                index[NameNormalizer.Normalize(word)] = name;
            }
        }

        return index;
    }
}
