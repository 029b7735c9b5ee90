using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.Core.Audit.Rules;

/// <summary>
/// Roles that escalate to each other in a circle (groups expanded to their members, a role escalating to a group it
/// belongs to ignored): each strongly connected set of two or more roles is one finding citing its escalation rows.
/// </summary>
internal sealed class EscalationCycleRule : IAuditRule
{
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        var edges = context.Graph.Relationships.Where(r => r.Type == RelationshipTypes.EscalatesTo)
            .SelectMany(r => context.Expand(r.EndId).Where(target => target != r.StartId && context.IsRole(target))
                .Select(target => (From: r.StartId, To: target, Row: r)))
            .ToList();
        var successors = edges.GroupBy(e => e.From, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.To).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

        var cycles = StronglyConnected.Components(successors).Where(c => c.Count > 1).ToList();
        var cycleOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cycles.Count; i++)
        {
            foreach (var role in cycles[i])
            {
                cycleOf[role] = i;
            }
        }

        var edgesInside = edges
            .Where(e => cycleOf.TryGetValue(e.From, out var from) && cycleOf.TryGetValue(e.To, out var to) && from == to)
            .ToLookup(e => cycleOf[e.From]);
        for (var i = 0; i < cycles.Count; i++)
        {
            var component = cycles[i];
            var inside = edgesInside[i].ToList();
            var path = string.Join("; ", inside.Select(e => $"{context.NameOf(e.From)} → {context.NameOf(e.To)} ('{e.Row.Get(EscalatesToProperties.Situation)}')").Distinct());
            yield return new AuditFinding(AuditRuleCodes.EscalationCycle, DiagnosticSeverity.Warning,
                $"{string.Join(", ", component.Order(StringComparer.Ordinal).Select(context.NameOf))} escalate to each other in a circle: {path}.",
                [.. inside.Select(e => e.Row.Source).Distinct().OrderBy(s => s.Path, StringComparer.Ordinal).ThenBy(s => s.Line)]);
        }
    }
}
