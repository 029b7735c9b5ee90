using Quickenshtein;

namespace TeamGraph.Cli;

/// <summary>
/// "Did you mean" hints: the known names close to one that matched nothing, by Levenshtein distance (Quickenshtein)
/// after the caller's normalisation. Close means a distance of at most a third of the longer name (at least 1), or a
/// known name that starts with what was typed (three characters or more): <c>lnt</c> → <c>lint</c>, <c>Tech Led</c> →
/// <c>Tech Lead</c>, <c>devops</c> → <c>DevOps Engineer</c>.
/// </summary>
internal static class DidYouMean
{
    private const int MaxSuggestions = 3;

    /// <summary>
    /// The candidates of <paramref name="known"/> close to <paramref name="typed"/>, nearest first (then as given). A
    /// candidate counts by the nearest of its names, each compared after <paramref name="normalize"/>.
    /// </summary>
    public static IReadOnlyList<T> Closest<T>(string typed, IEnumerable<T> known, Func<T, IEnumerable<string>> names, Func<string, string> normalize)
    {
        var wanted = normalize(typed);
        return [.. known
            .Select((candidate, order) => (Candidate: candidate, Order: order, Distance: names(candidate).Select(normalize).Where(n => n.Length > 0)
                .Select(name => Distance(wanted, name)).DefaultIfEmpty(int.MaxValue).Min()))
            .Where(c => c.Distance < int.MaxValue)
            .OrderBy(c => c.Distance).ThenBy(c => c.Order)
            .Take(MaxSuggestions)
            .Select(c => c.Candidate)];
    }

    /// <summary>"'a'", "'a' or 'b'", "'a', 'b' or 'c'".</summary>
    public static string Alternatives(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => $"{string.Join(", ", names.Take(names.Count - 1))} or {names[^1]}",
    };

    // int.MaxValue for "not close", so callers can drop the candidate.
    private static int Distance(string wanted, string known)
    {
        if (wanted.Length >= 3 && known.StartsWith(wanted, StringComparison.Ordinal))
        {
            return 0;
        }

        var distance = Levenshtein.GetDistance(wanted, known);
        return distance <= Math.Max(1, Math.Max(wanted.Length, known.Length) / 3) ? distance : int.MaxValue;
    }
}
