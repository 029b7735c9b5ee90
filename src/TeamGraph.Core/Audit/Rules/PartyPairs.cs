namespace TeamGraph.Core.Audit.Rules;

/// <summary>
/// A set of (from, to) pairs of parties, asked whether some pair stands for two given parties, where a group stands
/// for its members and a member for its groups (<see cref="AuditContext.SameParty"/> on both ends). Each question
/// walks the smaller of the two sides at each end, so it costs no more than the parties involved: a hub role's
/// hundreds of rows are looked up, not compared one by one.
/// </summary>
internal sealed class PartyPairs(AuditContext context)
{
    private readonly Dictionary<string, HashSet<string>> _toByFrom = new(StringComparer.Ordinal);

    public void Add(string from, string to)
    {
        if (!_toByFrom.TryGetValue(from, out var tos))
        {
            _toByFrom[from] = tos = new HashSet<string>(StringComparer.Ordinal);
        }

        tos.Add(to);
    }

    /// <summary>True when some pair (a, b) has <c>SameParty(from, a)</c> and <c>SameParty(to, b)</c>.</summary>
    public bool Links(string from, string to)
    {
        if (context.RelatedCount(from) <= _toByFrom.Count)
        {
            foreach (var a in context.Related(from))
            {
                if (_toByFrom.TryGetValue(a, out var tos) && Reaches(tos, to))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var (a, tos) in _toByFrom)
        {
            if (context.SameParty(from, a) && Reaches(tos, to))
            {
                return true;
            }
        }

        return false;
    }

    private bool Reaches(HashSet<string> tos, string to) =>
        context.RelatedCount(to) <= tos.Count ? context.Related(to).Any(tos.Contains) : tos.Any(b => context.SameParty(to, b));
}
