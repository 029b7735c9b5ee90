using TeamGraph.Core.Ingestion.Matching;

namespace TeamGraph.Core.Ingestion.Building;

internal sealed partial class HandoffMatcher
{
    /// <summary>
    /// Groups declarations into handoffs, strongest evidence first: rows a table repeats word for word; Handoff Points
    /// rows attached to the Outputs row whose moment they describe; rows of two cards between the same parties that name
    /// the same thing (<see cref="HandoffSimilarity"/>), best match first, one row per table; rows one card splits; and,
    /// last, the only rows left unmatched between two roles. Candidates come from an index of party pairs, so the work
    /// grows with the rows each pair of parties declares, not with the square of all rows.
    /// </summary>
    private List<HandoffCluster> Cluster(List<HandoffDeclaration> declarations)
    {
        var terms = declarations.Select(d => Subject(d, vocabulary.Read(d.What))).ToList();
        var clusters = new HandoffClusterSet(declarations, HoldTogether);
        JoinRepeats(declarations, terms, clusters);
        AttachTriggers(declarations, terms, clusters);
        var pairs = CandidatePairs(declarations);
        JoinMatches(terms, pairs, clusters);
        JoinSplits(declarations, terms, pairs, clusters);
        JoinByElimination(declarations, terms, clusters);
        return clusters.Clusters();
    }

    /// <summary>A row a table repeats with the same parties and words is one handoff written twice.</summary>
    private static void JoinRepeats(List<HandoffDeclaration> declarations, List<HandoffTerms> terms, HandoffClusterSet clusters)
    {
        var first = new Dictionary<(string Path, string Side, string Giver, string Receivers, string Words), int>();
        for (var i = 0; i < declarations.Count; i++)
        {
            var d = declarations[i];
            if (terms[i].IsEmpty)
            {
                continue;
            }

            var receivers = d.ReceiverIds.Count == 1 ? d.ReceiverIds[0] : string.Join('\u001f', d.ReceiverIds);
            var key = (d.DocumentPath, d.Side, d.GiverId, receivers, terms[i].Normalized);
            if (!first.TryAdd(key, i))
            {
                clusters.TryJoin(first[key], i, new MatchEvidence(MatchMethod.Exact, 1.0), allowSharedTable: true);
            }
        }
    }

    /// <summary>Rows of two cards whose parties agree (either direction), found through the party pairs they name.</summary>
    private List<(int A, int B)> CandidatePairs(List<HandoffDeclaration> declarations)
    {
        var byParties = new Dictionary<(string, string), List<int>>();
        for (var i = 0; i < declarations.Count; i++)
        {
            foreach (var receiver in declarations[i].ReceiverIds)
            {
                var key = (declarations[i].GiverId, receiver);
                if (!byParties.TryGetValue(key, out var bucket))
                {
                    byParties[key] = bucket = [];
                }

                bucket.Add(i);
            }
        }

        var seen = new HashSet<(int, int)>();
        var pairs = new List<(int, int)>();
        for (var i = 0; i < declarations.Count; i++)
        {
            var a = declarations[i];
            foreach (var receiver in a.ReceiverIds)
            {
                foreach (var giver in PartyAndGroups(a.GiverId))
                {
                    foreach (var other in PartyAndGroups(receiver))
                    {
                        foreach (var bucket in (ReadOnlySpan<(string, string)>)[(giver, other), (other, giver)])
                        {
                            if (!byParties.TryGetValue(bucket, out var rows))
                            {
                                continue;
                            }

                            foreach (var j in rows)
                            {
                                var b = declarations[j];
                                if (j != i && a.DocumentPath != b.DocumentPath && seen.Add((Math.Min(i, j), Math.Max(i, j))))
                                {
                                    if (Forward(a, b) || ReversedTables(a, b))
                                    {
                                        pairs.Add((Math.Min(i, j), Math.Max(i, j)));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        pairs.Sort();
        return pairs;
    }

    /// <summary>Confident matches, most confident first; a tie goes to the rows written first.</summary>
    private static void JoinMatches(List<HandoffTerms> terms, List<(int A, int B)> pairs, HandoffClusterSet clusters)
    {
        var matches = new List<(int A, int B, MatchEvidence Evidence)>();
        foreach (var (a, b) in pairs)
        {
            if (HandoffSimilarity.Compare(terms[a], terms[b]) is { } evidence)
            {
                matches.Add((a, b, evidence));
            }
        }

        foreach (var (a, b, evidence) in matches.OrderByDescending(m => m.Evidence.Confidence).ThenBy(m => m.A).ThenBy(m => m.B))
        {
            clusters.TryJoin(a, b, evidence);
        }
    }

    /// <summary>
    /// Two rows naming each other the other way round, literally: a direction conflict. Not through a group ("BB → Team"
    /// is a broadcast that includes AA, not AA's "AA → BB" reversed), and not for a Handoff Points row, compared by its
    /// subject alone ("PR" of "PR approved"), too little to say two cards disagree on direction.
    /// </summary>
    private static bool ReversedTables(HandoffDeclaration a, HandoffDeclaration b) =>
        a.Side != HandoffSide.HandoffPoint && b.Side != HandoffSide.HandoffPoint
        && b.ReceiverIds.Contains(a.GiverId, StringComparer.Ordinal) && a.ReceiverIds.Contains(b.GiverId, StringComparer.Ordinal);

    /// <summary>The party itself and the groups it belongs to: where rows naming it through a group are indexed.</summary>
    private string[] PartyAndGroups(string partyId) =>
        _groupsOf.TryGetValue(partyId, out var groups) ? groups : [partyId];

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> name a receiver in common (a group standing for its members).</summary>
    private bool ShareReceiver(HandoffDeclaration a, HandoffDeclaration b)
    {
        foreach (var receiver in a.ReceiverIds)
        {
            if (NamesParty(b.ReceiverIds, receiver))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one of <paramref name="parties"/> is <paramref name="partyId"/> (a group standing for its members).</summary>
    private bool NamesParty(IReadOnlyList<string> parties, string partyId)
    {
        foreach (var party in parties)
        {
            if (SameParty(party, partyId))
            {
                return true;
            }
        }

        return false;
    }

    private bool Forward(HandoffDeclaration a, HandoffDeclaration b) => SameParty(a.GiverId, b.GiverId) && ShareReceiver(a, b);

    /// <summary>Swapped, and not also forward (a group on both sides, "Team → Team", is not a swap).</summary>
    private bool IsReversed(HandoffDeclaration a, HandoffDeclaration b) => Reversed(a, b) && !Forward(a, b);

    private bool Reversed(HandoffDeclaration a, HandoffDeclaration b) =>
        NamesParty(b.ReceiverIds, a.GiverId) && NamesParty(a.ReceiverIds, b.GiverId);
}
