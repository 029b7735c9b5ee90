using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion.Building;

namespace TeamGraph.Core.Audit.Rules;

/// <summary>One-sided and conflicting handoffs, citing each declaration and the card that is silent.</summary>
internal sealed class HandoffStatusRule : IAuditRule
{
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        foreach (var handoff in context.NodesLabelled(NodeLabels.Handoff))
        {
            var status = (string)handoff.Properties["status"];
            var declarations = context.Incoming(handoff.Id, RelationshipTypes.Declares).OrderBy(d => (string)d.Properties["source"], StringComparer.Ordinal).ToList();
            var title = Title(context, handoff);
            if (status == HandoffStatus.OneSided)
            {
                yield return OneSided(context, handoff, declarations, title);
            }
            else if (status == HandoffStatus.Conflicting)
            {
                yield return Conflicting(context, handoff, declarations, title);
            }
        }
    }

    private static AuditFinding OneSided(AuditContext context, GraphNode handoff, List<GraphRelationship> declarations, string title)
    {
        var declaringDocuments = declarations.Select(d => d.StartId).ToHashSet(StringComparer.Ordinal);
        var parties = Parties(context, handoff);
        var silent = (handoff.Properties.GetValueOrDefault("undeclaredBy") as string[] ?? [])
            .SelectMany(party => party.StartsWith("group:", StringComparison.Ordinal) ? context.Expand(party).Except(parties) : [party])
            .Distinct(StringComparer.Ordinal)
            .Select(role => (Role: role, Card: context.CardOf(role)))
            .Where(p => p.Card is { } card && !declaringDocuments.Contains($"doc:{card.Path}"))
            .OrderBy(p => p.Role, StringComparer.Ordinal)
            .ToList();
        var declaredIn = string.Join(", ", declarations.Select(d => AuditContext.Source(d).ToString()));
        var silentNames = string.Join(", ", silent.Select(p => $"{context.NameOf(p.Role)} ({p.Card!.Value.Path})"));
        var betweenTwoRoles = parties.Count == 2 && parties.All(p => p.StartsWith("role:", StringComparison.Ordinal));
        var lookalikes = MostAlike(handoff, betweenTwoRoles, Lookalikes(context, handoff, silent.Select(p => $"doc:{p.Card!.Value.Path}").ToHashSet(StringComparer.Ordinal)).ToList());
        var hint = lookalikes.Count == 0 ? "" : $" Perhaps the same as {string.Join(" or ", lookalikes.Select(l => $"'{l.Node.Properties["what"]}' at {l.Source}"))}.";
        return new AuditFinding(AuditRuleCodes.OneSidedHandoff, DiagnosticSeverity.Warning,
            $"{title} is declared at {declaredIn} but not on the card of {silentNames}.{hint}",
            [.. declarations.Select(AuditContext.Source), .. lookalikes.Select(l => l.Source), .. silent.Select(p => p.Card!.Value)]);
    }

    /// <summary>
    /// Of the candidates, those sharing the most words with the handoff ("Release approval" and "Release sign-off");
    /// with no shared word, the candidate only when it is the one other handoff between the same two roles.
    /// </summary>
    private static List<(GraphNode Node, SourceRef Source)> MostAlike(GraphNode handoff, bool betweenTwoRoles, List<(GraphNode Node, SourceRef Source)> candidates)
    {
        var words = HandoffText.Key((string)handoff.Properties["what"]);
        var scored = candidates.Select(c => (Candidate: c, Shared: HandoffText.Key((string)c.Node.Properties["what"]).Count(words.Contains))).ToList();
        var best = scored.Count == 0 ? 0 : scored.Max(s => s.Shared);
        return best > 0 ? [.. scored.Where(s => s.Shared == best).Select(s => s.Candidate)]
            : candidates.Count == 1 && betweenTwoRoles ? candidates
            : [];
    }

    /// <summary>
    /// One-sided handoffs between the same parties in the same direction that only the silent side declares: the two
    /// cards may name one handoff differently.
    /// </summary>
    private static IEnumerable<(GraphNode Node, SourceRef Source)> Lookalikes(AuditContext context, GraphNode handoff, HashSet<string> silentDocuments)
    {
        var giver = context.Incoming(handoff.Id, RelationshipTypes.Gives).Select(r => r.StartId).First();
        var receivers = context.Outgoing(handoff.Id, RelationshipTypes.To).Select(r => r.EndId).ToList();
        // The same giver, the groups it belongs to, or (for a group) its members: looked up, not scanned, so the
        // audit stays linear in the handoffs on large teams.
        var givers = context.Expand(giver).Append(giver)
            .Concat(context.Outgoing(giver, RelationshipTypes.MemberOf).Select(r => r.EndId))
            .Distinct(StringComparer.Ordinal);
        foreach (var other in givers.SelectMany(g => context.Outgoing(g, RelationshipTypes.Gives)).Select(r => context.Graph.FindNode(r.EndId)!)
            .Where(h => h.Id != handoff.Id && (string)h.Properties["status"] == HandoffStatus.OneSided)
            .Distinct())
        {
            var otherReceivers = context.Outgoing(other.Id, RelationshipTypes.To).Select(r => r.EndId);
            var otherDeclarations = context.Incoming(other.Id, RelationshipTypes.Declares).ToList();
            if (otherReceivers.Any(r => receivers.Any(mine => context.SameParty(r, mine)))
                && otherDeclarations.All(d => silentDocuments.Contains(d.StartId)))
            {
                yield return (other, AuditContext.Source(otherDeclarations.OrderBy(d => (string)d.Properties["source"], StringComparer.Ordinal).First()));
            }
        }
    }

    private static HashSet<string> Parties(AuditContext context, GraphNode handoff) =>
        context.Incoming(handoff.Id, RelationshipTypes.Gives).Select(r => r.StartId)
            .Concat(context.Outgoing(handoff.Id, RelationshipTypes.To).Select(r => r.EndId))
            .ToHashSet(StringComparer.Ordinal);

    private static AuditFinding Conflicting(AuditContext context, GraphNode handoff, List<GraphRelationship> declarations, string title)
    {
        var conflicts = handoff.Properties.GetValueOrDefault("conflicts") as string[] ?? [];
        var sides = declarations.Select(d => conflicts.Contains("direction")
            ? $"{AuditContext.Source(d)} has {context.NameOf((string)d.Properties["giver"])} → {string.Join(" + ", ((string[])d.Properties["receivers"]).Select(context.NameOf))}"
                + (d.Properties.GetValueOrDefault("format") is string f ? $" in {f}" : "")
            : $"{AuditContext.Source(d)} says {d.Properties.GetValueOrDefault("format") ?? "no format"}");
        var what = conflicts.Contains("direction") ? "in opposite directions" : "with different formats";
        return new AuditFinding(AuditRuleCodes.ConflictingHandoff, DiagnosticSeverity.Warning,
            $"{title} is declared {what}: {string.Join("; ", sides)}.",
            [.. declarations.Select(AuditContext.Source)]);
    }

    private static string Title(AuditContext context, GraphNode handoff)
    {
        var giver = context.Incoming(handoff.Id, RelationshipTypes.Gives).Select(r => context.NameOf(r.StartId)).FirstOrDefault() ?? "?";
        var receivers = context.Outgoing(handoff.Id, RelationshipTypes.To).Select(r => context.NameOf(r.EndId));
        return $"'{handoff.Properties["what"]}' ({giver} → {string.Join(" + ", receivers)})";
    }
}
