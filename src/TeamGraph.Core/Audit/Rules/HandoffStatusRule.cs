using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion.Building;

namespace TeamGraph.Core.Audit.Rules;

/// <summary>One-sided and conflicting handoffs, citing each declaration and the card that is silent.</summary>
internal sealed class HandoffStatusRule : IAuditRule
{
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        foreach (var handoff in context.NodesLabelled(NodeLabels.Handoff))
        {
            var status = handoff.Get(HandoffProperties.Status);
            var declarations = context.Incoming(handoff.Id, RelationshipTypes.Declares).OrderBy(d => d.Source.ToString(), StringComparer.Ordinal).ToList();
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
        var silent = handoff.Get(HandoffProperties.UndeclaredBy)
            .SelectMany(party => context.IsGroup(party) ? context.Expand(party).Except(parties) : [party])
            .Distinct(StringComparer.Ordinal)
            .Select(role => (Role: role, Card: context.CardOf(role)))
            .Where(p => p.Card is { } card && !declaringDocuments.Contains($"doc:{card.Path}"))
            .OrderBy(p => p.Role, StringComparer.Ordinal)
            .ToList();
        var declaredIn = string.Join(", ", declarations.Select(d => d.Source.ToString()));
        var silentNames = string.Join(", ", silent.Select(p => $"{context.NameOf(p.Role)} ({p.Card!.Value.Path})"));
        var betweenTwoRoles = parties.Count == 2 && parties.All(context.IsRole);
        var lookalikes = MostAlike(handoff, betweenTwoRoles, Lookalikes(context, handoff, silent.Select(p => $"doc:{p.Card!.Value.Path}").ToHashSet(StringComparer.Ordinal)).ToList());
        var hint = lookalikes.Count == 0 ? "" : $" Perhaps the same as {string.Join(" or ", lookalikes.Select(l => $"'{l.Node.Get(HandoffProperties.What)}' at {l.Source}"))}.";
        return new AuditFinding(AuditRuleCodes.OneSidedHandoff, DiagnosticSeverity.Warning,
            $"{title} is declared at {declaredIn} but not on the card of {silentNames}.{hint}",
            [.. declarations.Select(r => r.Source), .. lookalikes.Select(l => l.Source), .. silent.Select(p => p.Card!.Value)]);
    }

    /// <summary>
    /// Of the candidates, those sharing the most words with the handoff ("Release approval" and "Release sign-off");
    /// with no shared word, the candidate only when it is the one other handoff between the same two roles.
    /// </summary>
    private static List<(GraphNode Node, SourceRef Source)> MostAlike(GraphNode handoff, bool betweenTwoRoles, List<(GraphNode Node, SourceRef Source)> candidates)
    {
        var words = HandoffText.Key(handoff.Get(HandoffProperties.What));
        var scored = candidates.Select(c => (Candidate: c, Shared: HandoffText.Key(c.Node.Get(HandoffProperties.What)).Count(words.Contains))).ToList();
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
            .Where(h => h.Id != handoff.Id && h.Label == NodeLabels.Handoff && h.Get(HandoffProperties.Status) == HandoffStatus.OneSided)
            .Distinct())
        {
            var otherReceivers = context.Outgoing(other.Id, RelationshipTypes.To).Select(r => r.EndId);
            var otherDeclarations = context.Incoming(other.Id, RelationshipTypes.Declares).ToList();
            if (otherReceivers.Any(r => receivers.Any(mine => context.SameParty(r, mine)))
                && otherDeclarations.All(d => silentDocuments.Contains(d.StartId)))
            {
                yield return (other, otherDeclarations.OrderBy(d => d.Source.ToString(), StringComparer.Ordinal).First().Source);
            }
        }
    }

    private static HashSet<string> Parties(AuditContext context, GraphNode handoff) =>
        context.Incoming(handoff.Id, RelationshipTypes.Gives).Select(r => r.StartId)
            .Concat(context.Outgoing(handoff.Id, RelationshipTypes.To).Select(r => r.EndId))
            .ToHashSet(StringComparer.Ordinal);

    private static AuditFinding Conflicting(AuditContext context, GraphNode handoff, List<GraphRelationship> declarations, string title)
    {
        var conflicts = handoff.Get(HandoffProperties.Conflicts);
        var sides = declarations.Select(d => conflicts.Contains("direction")
            ? $"{d.Source} has {context.NameOf(d.Get(DeclaresProperties.Giver))} → {context.NamesOf(d.Get(DeclaresProperties.Receivers))}"
                + (d.Get(DeclaresProperties.Format) is { } f ? $" in {f}" : "")
            : $"{d.Source} says {d.Get(DeclaresProperties.Format) ?? "no format"}");
        var what = conflicts.Contains("direction") ? "in opposite directions" : "with different formats";
        return new AuditFinding(AuditRuleCodes.ConflictingHandoff, DiagnosticSeverity.Warning,
            $"{title} is declared {what}: {string.Join("; ", sides)}.",
            [.. declarations.Select(r => r.Source)]);
    }

    private static string Title(AuditContext context, GraphNode handoff)
    {
        var giver = context.Incoming(handoff.Id, RelationshipTypes.Gives).Select(r => context.NameOf(r.StartId)).FirstOrDefault() ?? "?";
        var receivers = context.Outgoing(handoff.Id, RelationshipTypes.To).Select(r => r.EndId);
        return $"'{handoff.Get(HandoffProperties.What)}' ({giver} → {context.NamesOf(receivers)})";
    }
}
