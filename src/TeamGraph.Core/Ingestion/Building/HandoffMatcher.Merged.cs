namespace TeamGraph.Core.Ingestion.Building;

internal sealed partial class HandoffMatcher
{
    /// <summary>
    /// True when one giver stands for every row that runs the canonical row's way (the rows running against it are a
    /// direction conflict between the same parties).
    /// </summary>
    private bool HoldTogether(IReadOnlyList<HandoffDeclaration> declarations) =>
        CoveringGiver(declarations, MergedHandoff.CanonicalOf(declarations)) is not null;

    /// <summary>The party that covers every giver of a row running the canonical row's way, a group first; null when none does.</summary>
    private string? CoveringGiver(IReadOnlyList<HandoffDeclaration> declarations, HandoffDeclaration canonical)
    {
        if (declarations.Count == 1)
        {
            return declarations[0].GiverId; // most handoffs are declared once: no row to run against, no other giver
        }

        var forwardGivers = declarations.Where(d => !IsReversed(d, canonical)).Select(d => d.GiverId).Distinct(StringComparer.Ordinal).ToList();
        return forwardGivers.OrderByDescending(_groups.ContainsKey).ThenBy(g => g, StringComparer.Ordinal)
            .FirstOrDefault(g => forwardGivers.All(other => SameParty(g, other)));
    }

    /// <summary>
    /// One handoff made of its declarations. The canonical declaration is the giver's own when there is one (an Outputs
    /// row before a Handoff Points row, which names the moment rather than the thing): it says best what is handed over. The giver is the party that covers every declared
    /// giver ("Developers" when DevOps's card says Developers and the backend and frontend cards each say themselves);
    /// receivers named only by other rows are added unless a group receiver already holds them.
    /// </summary>
    private sealed class MergedHandoff
    {
        /// <summary>The row that says best what is handed over: the giver's own Outputs row, else its Handoff Points row.</summary>
        public static HandoffDeclaration CanonicalOf(IReadOnlyList<HandoffDeclaration> declarations) =>
            declarations.FirstOrDefault(d => d.Side == HandoffSide.Output) ?? declarations.FirstOrDefault(d => d.Side != HandoffSide.Input) ?? declarations[0];

        public MergedHandoff(HandoffCluster cluster, HandoffMatcher matcher)
        {
            var declarations = cluster.Declarations;
            Cluster = cluster;
            Canonical = CanonicalOf(declarations);
            GiverId = matcher.CoveringGiver(declarations, Canonical) ?? Canonical.GiverId;
            ReceiverIds = declarations.Count == 1 && IsOrdered(Canonical.ReceiverIds) ? Canonical.ReceiverIds : AllReceivers(matcher);
            Format = declarations.Select(d => d.Format).FirstOrDefault(f => !string.IsNullOrWhiteSpace(f));
            Trigger = declarations.Select(d => d.Trigger).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
            Conflicts = FindConflicts(matcher);
        }

        /// <summary>The declarations and how they were joined.</summary>
        public HandoffCluster Cluster { get; }

        public List<HandoffDeclaration> Declarations => Cluster.Declarations;

        public HandoffDeclaration Canonical { get; }

        public string GiverId { get; }

        public IReadOnlyList<string> ReceiverIds { get; }

        public string? Format { get; }

        public string? Trigger { get; }

        /// <summary>"direction" when a card has giver and receiver the other way round; "format" when two cards name formats that do not agree (all of a card's rows together).</summary>
        public string[] Conflicts { get; }

        /// <summary>The canonical row's receivers and those only the rows running its way name, in ordinal order.</summary>
        private string[] AllReceivers(HandoffMatcher matcher)
        {
            var receivers = new List<string>(Canonical.ReceiverIds);
            foreach (var declaration in Declarations.Where(d => d != Canonical && matcher.Forward(d, Canonical)))
            {
                receivers.AddRange(declaration.ReceiverIds.Where(r => !receivers.Any(known => matcher.SameParty(known, r))));
            }

            return [.. receivers.Order(StringComparer.Ordinal)];
        }

        private static bool IsOrdered(IReadOnlyList<string> ids)
        {
            for (var i = 1; i < ids.Count; i++)
            {
                if (string.CompareOrdinal(ids[i - 1], ids[i]) > 0)
                {
                    return false;
                }
            }

            return true;
        }

        private string[] FindConflicts(HandoffMatcher matcher)
        {
            if (Declarations.Count == 1)
            {
                return [];
            }

            var conflicts = new List<string>();
            if (Declarations.Any(d => matcher.IsReversed(d, Canonical)))
            {
                conflicts.Add("direction");
            }

            // A card that splits the handoff over several rows names all their formats ("Technical specs" in Jira and
            // Confluence, "Code review" in GitHub): cards are compared, not rows.
            var formats = Declarations.Where(d => !string.IsNullOrWhiteSpace(d.Format))
                .GroupBy(d => d.DocumentPath, StringComparer.Ordinal)
                .Select(card => string.Join(", ", card.Select(d => d.Format)))
                .ToList();
            if (formats.Any(a => formats.Any(b => !matcher.FormatsAgree(a, b))))
            {
                conflicts.Add("format");
            }

            return [.. conflicts];
        }
    }
}
