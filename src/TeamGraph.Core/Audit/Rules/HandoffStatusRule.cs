using System.Globalization;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion.Building;
using TeamGraph.Core.Ingestion.Matching;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Audit.Rules;

/// <summary>
/// One-sided, conflicting and probable handoffs, citing each declaration and the card that is silent. Where two cards
/// probably give one handoff different names (a probable handoff; a one-sided one and the lookalike that picks it back),
/// the finding proposes the glossary row that would tie the names together: term the giver's name, equivalents the
/// receiver's. A proposal only: the audit never merges.
/// </summary>
internal sealed class HandoffStatusRule : IAuditRule
{
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        var vocabulary = context.Vocabulary;
        foreach (var handoff in context.NodesLabelled(NodeLabels.Handoff))
        {
            var status = handoff.Get(HandoffProperties.Status);
            var declarations = Declarations(context, handoff);
            var title = Title(context, handoff);
            if (status == HandoffStatus.OneSided)
            {
                yield return OneSided(context, vocabulary, handoff, declarations, title);
            }
            else if (status == HandoffStatus.Conflicting)
            {
                yield return Conflicting(context, handoff, declarations, title);
            }
            else if (status == HandoffStatus.Probable)
            {
                yield return Probable(context, vocabulary, handoff, declarations, title);
            }
        }
    }

    /// <summary>How many silent cards a one-sided finding names; the rest are counted.</summary>
    internal const int MaxSilentCardsNamed = 10;

    private static AuditFinding OneSided(AuditContext context, HandoffVocabulary vocabulary, GraphNode handoff, List<GraphRelationship> declarations, string title)
    {
        var (silent, lookalikes) = Counterparts(context, handoff, declarations);
        var declaredIn = string.Join(", ", declarations.Select(d => d.Source.ToString()));
        // A handoff to a big group is missing from most of its members' cards: naming them all would make the report
        // grow with the square of the team, so a finding names the first few and counts the rest.
        var named = silent.First(MaxSilentCardsNamed);
        var silentNames = string.Join(", ", named.Select(p => $"{context.NameOf(p.Role)} ({p.Card.Path})"))
            + (silent.Count > named.Count ? string.Create(CultureInfo.InvariantCulture, $" and {silent.Count - named.Count:N0} more") : "");
        var proposal = lookalikes.Count == 1 ? LookalikeProposal(context, vocabulary, handoff, declarations, lookalikes[0].Node) : null;
        var hint = lookalikes.Count == 0 ? "" : $" Perhaps the same as {string.Join(" or ", lookalikes.Select(l => $"'{l.Node.Get(HandoffProperties.What)}' at {l.Source}"))}.";
        var proposed = proposal is null ? "" : $" If so, the glossary row {Row(proposal)} would tie the two names together ({proposal.Evidence}).";
        return new AuditFinding(AuditRuleCodes.OneSidedHandoff, DiagnosticSeverity.Warning,
            $"{title} is declared at {declaredIn} but not on the card of {silentNames}.{hint}{proposed}",
            [.. declarations.Select(r => r.Source), .. lookalikes.Select(l => l.Source), .. named.Select(p => p.Card)])
        {
            GlossaryProposal = proposal,
        };
    }

    /// <summary>
    /// The roles whose cards are silent about a one-sided handoff, and the one-sided handoffs only those cards declare
    /// that may be it under another name (see <see cref="MostAlike"/>).
    /// </summary>
    private static (SilentCards Silent, List<(GraphNode Node, SourceRef Source)> Lookalikes) Counterparts(
        AuditContext context, GraphNode handoff, List<GraphRelationship> declarations)
    {
        var parties = Parties(context, handoff);
        var declaringDocuments = declarations.Select(d => d.StartId).ToHashSet(StringComparer.Ordinal);
        var silent = new SilentCards(context, handoff.Get(HandoffProperties.UndeclaredBy), parties, declaringDocuments);
        var betweenTwoRoles = parties.Count == 2 && parties.All(context.IsRole);
        var lookalikes = MostAlike(context.Vocabulary, handoff, betweenTwoRoles, Lookalikes(context, handoff, silent).ToList());
        return (silent, lookalikes);
    }

    /// <summary>
    /// The glossary row for a one-sided handoff and its one lookalike, when both are between the same two roles in the
    /// same direction, each picks the other (so no two proposals claim one name), and one is an Outputs row of the giver
    /// and the other an Inputs row of the receiver (a Handoff Points row is matched by its subject, not its words).
    /// </summary>
    private static GlossaryProposal? LookalikeProposal(AuditContext context, HandoffVocabulary vocabulary, GraphNode handoff, List<GraphRelationship> declarations, GraphNode lookalike)
    {
        var parties = Parties(context, handoff);
        var lookalikeDeclarations = Declarations(context, lookalike);
        if (parties.Count != 2 || GiverOf(context, handoff) != GiverOf(context, lookalike) || !parties.SetEquals(Parties(context, lookalike))
            || Counterparts(context, lookalike, lookalikeDeclarations).Lookalikes is not [var back] || back.Node.Id != handoff.Id)
        {
            return null;
        }

        var rows = declarations.Concat(lookalikeDeclarations).ToList();
        var (outputs, inputs) = (OnSide(rows, HandoffSide.Output), OnSide(rows, HandoffSide.Input));
        if (outputs.Count == 0 || inputs.Count == 0 || outputs.Count + inputs.Count != rows.Count
            || outputs.Select(d => d.EndId).Distinct().Count() != 1 || inputs.Select(d => d.EndId).Distinct().Count() != 1)
        {
            return null;
        }

        var giver = GiverOf(context, handoff);
        var shared = SharedWords(vocabulary, outputs[0].Get(DeclaresProperties.What), inputs[0].Get(DeclaresProperties.What));
        var why = shared.Count > 0 ? $"both name {string.Join(", ", shared)}"
            : $"no word in common, but the only one-sided rows from {context.NameOf(giver)} to {context.NamesOf(parties.Where(p => p != giver))}";
        return Proposal(vocabulary, outputs, inputs, $"{why}; {Formats(vocabulary, outputs, inputs)}");
    }

    /// <summary>
    /// A handoff the matcher joined by elimination: its rows are the only ones left between the two roles, their names
    /// share nothing that ties them. Info: probably right, and one glossary row makes it certain.
    /// </summary>
    private static AuditFinding Probable(AuditContext context, HandoffVocabulary vocabulary, GraphNode handoff, List<GraphRelationship> declarations, string title)
    {
        var giver = GiverOf(context, handoff);
        var (outputs, inputs) = (OnSide(declarations, HandoffSide.Output), OnSide(declarations, HandoffSide.Input));
        var receivers = inputs.SelectMany(d => d.Get(DeclaresProperties.Receivers)).Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } declaring
            ? declaring
            : [.. context.Outgoing(handoff.Id, RelationshipTypes.To).Select(r => r.EndId)];
        var between = $"between {context.NameOf(giver)} and {context.NamesOf(receivers)}";
        var apart = OneSidedBetween(context, giver, receivers).Count(h => h.Id != handoff.Id);
        var only = apart == 0 ? $"the only rows left {between}" : $"the only rows left {between} that fit each other; {apart} other row(s) there fit neither";
        var evidence = $"{only}; {Formats(vocabulary, outputs, inputs)}";
        var proposal = Proposal(vocabulary, outputs, inputs, evidence);
        var rows = Listed([.. declarations.OrderBy(d => d.Get(DeclaresProperties.Side) == HandoffSide.Input).Select(d => $"'{d.Get(DeclaresProperties.What)}' at {d.Source}")]);
        var advice = proposal is null ? "A glossary row or a rename would confirm it." : $"The glossary row {Row(proposal)} would confirm it.";
        return new AuditFinding(AuditRuleCodes.ProbableHandoff, DiagnosticSeverity.Info,
            $"{title} is probably one handoff under different names: {rows} are {evidence}. {advice}",
            [.. declarations.Select(r => r.Source)])
        {
            GlossaryProposal = proposal,
        };
    }

    /// <summary>
    /// Term: the giver's name (its first Outputs row); equivalents: the receiver's names, each once, less any the matcher
    /// already reads as the term (written another way, or tied to it by a glossary row). Null when a side has no named
    /// row or nothing is left.
    /// </summary>
    private static GlossaryProposal? Proposal(HandoffVocabulary vocabulary, List<GraphRelationship> outputs, List<GraphRelationship> inputs, string evidence)
    {
        if (outputs.Select(d => d.Get(DeclaresProperties.What)).FirstOrDefault(w => w != HandoffText.Unnamed) is not { } term)
        {
            return null;
        }

        List<string> equivalents =
        [
            .. inputs.Select(d => d.Get(DeclaresProperties.What))
                .Where(w => w != HandoffText.Unnamed && HandoffSimilarity.Compare(vocabulary.Read(term), vocabulary.Read(w)) is null)
                .DistinctBy(NameNormalizer.Normalize, StringComparer.Ordinal),
        ];
        return equivalents.Count == 0 ? null : new GlossaryProposal(term, equivalents, evidence);
    }

    /// <summary>"both say Jira", "formats agree: Jira vs Jira/Slack", "formats differ: Email vs Slack", …: the first format each side gives.</summary>
    private static string Formats(HandoffVocabulary vocabulary, List<GraphRelationship> giverRows, List<GraphRelationship> receiverRows)
    {
        var (giver, receiver) = (FirstFormat(giverRows), FirstFormat(receiverRows));
        return (giver, receiver) switch
        {
            (null, null) => "neither gives a format",
            (null, { } b) => $"only the receiver gives a format ({b})",
            ({ } a, null) => $"only the giver gives a format ({a})",
            ({ } a, { } b) when NameNormalizer.Normalize(a) == NameNormalizer.Normalize(b) => $"both say {a}",
            ({ } a, { } b) when vocabulary.FormatsAgree(a, b) => $"formats agree: {a} vs {b}",
            ({ } a, { } b) => $"formats differ: {a} vs {b}",
        };
    }

    private static string? FirstFormat(List<GraphRelationship> rows) =>
        rows.Select(d => d.Get(DeclaresProperties.Format)).FirstOrDefault(f => !string.IsNullOrWhiteSpace(f));

    /// <summary>The words of <paramref name="name"/>, as written, that <paramref name="other"/> also has (compared as the lookalike hint compares them).</summary>
    private static List<string> SharedWords(HandoffVocabulary vocabulary, string name, string other)
    {
        var otherTerms = vocabulary.Read(other);
        return [.. NameNormalizer.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(word => vocabulary.Read(word) is { IsEmpty: false } terms && HandoffSimilarity.Coverage(terms, otherTerms) > 0)
            .Distinct(StringComparer.Ordinal)];
    }

    private static string Row(GlossaryProposal proposal) => $"'{proposal.Term}' = {string.Join(", ", proposal.Equivalents.Select(e => $"'{e}'"))}";

    /// <summary>"a", "a and b", "a, b and c".</summary>
    private static string Listed(List<string> items) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items[..^1])} and {items[^1]}";

    /// <summary>The one-sided handoffs from <paramref name="giver"/> to exactly <paramref name="receivers"/>: rows elimination left apart.</summary>
    private static IReadOnlyList<GraphNode> OneSidedBetween(AuditContext context, string giver, List<string> receivers) =>
        context.OneSidedHandoffs.Between(giver, receivers);

    private static List<GraphRelationship> OnSide(List<GraphRelationship> declarations, string side) =>
        [.. declarations.Where(d => d.Get(DeclaresProperties.Side) == side)];

    private static List<GraphRelationship> Declarations(AuditContext context, GraphNode handoff) =>
        [.. context.Incoming(handoff.Id, RelationshipTypes.Declares).OrderBy(d => d.Source.ToString(), StringComparer.Ordinal)];

    private static string GiverOf(AuditContext context, GraphNode handoff) =>
        context.Incoming(handoff.Id, RelationshipTypes.Gives).Select(r => r.StartId).First();

    /// <summary>
    /// Of the candidates, those sharing the most words with the handoff ("Release approval" and "Release sign-off");
    /// with no shared word, the candidate only when it is the one other handoff between the same two roles.
    /// </summary>
    private static List<(GraphNode Node, SourceRef Source)> MostAlike(HandoffVocabulary vocabulary, GraphNode handoff, bool betweenTwoRoles, List<(GraphNode Node, SourceRef Source)> candidates)
    {
        var words = vocabulary.Read(handoff.Get(HandoffProperties.What));
        var scored = candidates.Select(c => (Candidate: c, Shared: HandoffSimilarity.SharedCount(words, vocabulary.Read(c.Node.Get(HandoffProperties.What))))).ToList();
        var best = scored.Count == 0 ? 0 : scored.Max(s => s.Shared);
        return best > 0 ? [.. scored.Where(s => s.Shared == best).Select(s => s.Candidate)]
            : candidates.Count == 1 && betweenTwoRoles ? candidates
            : [];
    }

    /// <summary>
    /// One-sided handoffs between the same parties in the same direction that only the silent side declares: the two
    /// cards may name one handoff differently.
    /// </summary>
    private static IEnumerable<(GraphNode Node, SourceRef Source)> Lookalikes(AuditContext context, GraphNode handoff, SilentCards silent)
    {
        var giver = GiverOf(context, handoff);
        var receivers = context.Outgoing(handoff.Id, RelationshipTypes.To).Select(r => r.EndId).ToList();
        // The same giver, the groups it belongs to, or (for a group) its members: looked up, not scanned, so the
        // audit stays linear in the handoffs on large teams.
        var givers = context.Expand(giver).Append(giver).Concat(context.GroupsOf(giver)).Distinct(StringComparer.Ordinal);
        var receiversRelated = receivers.Sum(context.RelatedCount);
        var seen = new HashSet<string>(StringComparer.Ordinal) { handoff.Id };
        foreach (var other in givers.SelectMany(g => SameWay(context, g, receivers, receiversRelated)).Where(h => seen.Add(h.Id)))
        {
            var otherDeclarations = context.Incoming(other.Id, RelationshipTypes.Declares);
            if (otherDeclarations.All(d => silent.IsSilentDocument(d.StartId)))
            {
                yield return (other, otherDeclarations.OrderBy(d => d.Source.ToString(), StringComparer.Ordinal).First().Source);
            }
        }
    }

    /// <summary>
    /// The one-sided handoffs <paramref name="giver"/> gives to a party the same as one of <paramref name="receivers"/>, in
    /// the order it gives them: a hub giver's handoffs are looked up by receiver, unless the receivers stand for more
    /// parties (a big group) than the giver has handoffs.
    /// </summary>
    private static IEnumerable<GraphNode> SameWay(AuditContext context, string giver, List<string> receivers, int receiversRelated)
    {
        var given = context.OneSidedHandoffs.GivenBy(giver);
        return receiversRelated < given.Count
            ? context.OneSidedHandoffs.GivenTo(giver, receivers.SelectMany(context.Related))
            : given.Where(h => context.Outgoing(h.Id, RelationshipTypes.To).Any(r => receivers.Any(mine => context.SameParty(r.EndId, mine))));
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
