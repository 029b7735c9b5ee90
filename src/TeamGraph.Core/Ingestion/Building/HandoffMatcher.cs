using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion.Matching;

namespace TeamGraph.Core.Ingestion.Building;

/// <summary>
/// Merges handoff declarations from every card into <c>Handoff</c> nodes. Two rows describe the same handoff when
/// their parties agree, a group standing for its members ("Team ← Deployment status" on the DevOps card is "DevOps →
/// Deployment status" on the QA card), and the evidence a careful reader uses says so (see <see cref="Cluster"/>);
/// rows naming the same thing with giver and receiver swapped are one handoff in conflict. Each handoff keeps every
/// declaration as a <c>DECLARES</c> relationship from its document, how it was matched, and a status.
/// </summary>
internal sealed partial class HandoffMatcher(
    GraphDraft draft, IReadOnlySet<string> documentedRoleIds, IReadOnlyDictionary<string, IReadOnlyList<string>> groupMembers, HandoffVocabulary vocabulary)
{
    private readonly Dictionary<string, GroupFacts> _groups = groupMembers.ToDictionary(
        g => g.Key,
        g => new GroupFacts(g.Value.ToHashSet(StringComparer.Ordinal), g.Value.Count(documentedRoleIds.Contains)),
        StringComparer.Ordinal);

    /// <summary>Each member of a group: itself, then the groups it belongs to.</summary>
    private readonly Dictionary<string, string[]> _groupsOf = groupMembers
        .SelectMany(g => g.Value.Select(member => (Member: member, Group: g.Key)))
        .GroupBy(p => p.Member, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => (string[])[g.Key, .. g.Select(p => p.Group).Order(StringComparer.Ordinal)], StringComparer.Ordinal);

    /// <summary>The declarations in path and line order, grouped into handoffs (each group in that order too).</summary>
    public List<HandoffCluster> Clusters(IEnumerable<HandoffDeclaration> declarations) => Cluster(Ordered(declarations));

    /// <summary>The declarations in path and line order, each a handoff of its own: what is left when matching fails.</summary>
    public static List<HandoffCluster> Unmerged(IEnumerable<HandoffDeclaration> declarations) => [.. Ordered(declarations).Select(d => new HandoffCluster([d], []))];

    /// <summary>Adds the handoff that <paramref name="cluster"/>, one of <see cref="Clusters"/>, describes.</summary>
    public void Add(HandoffCluster cluster) => AddHandoff(new MergedHandoff(cluster, this));

    private static List<HandoffDeclaration> Ordered(IEnumerable<HandoffDeclaration> declarations) =>
        [.. declarations.OrderBy(d => d.DocumentPath, StringComparer.Ordinal).ThenBy(d => d.Source.Line).ThenBy(d => d.GiverId, StringComparer.Ordinal)];

    private void AddHandoff(MergedHandoff handoff)
    {
        var canonical = handoff.Canonical;
        var id = UniqueId(GraphIds.Handoff(handoff.GiverId, handoff.ReceiverIds, canonical.What));
        var parties = Parties(handoff);
        var silent = SilentParties(handoff, parties);
        draft.AddNode(id, NodeLabels.Handoff, new PropertyBag(canonical.Source)
            .Set(HandoffProperties.What, canonical.What).Set(HandoffProperties.Format, handoff.Format).Set(HandoffProperties.Trigger, handoff.Trigger)
            .Set(HandoffProperties.Status, Status(handoff, parties, silent)).Set(HandoffProperties.Conflicts, handoff.Conflicts).Set(HandoffProperties.UndeclaredBy, silent)
            .Set(HandoffProperties.MatchedBy, handoff.Cluster.MatchedBy).Set(HandoffProperties.Confidence, handoff.Cluster.Confidence)
            .Set(HandoffProperties.Sources, [.. handoff.Declarations.Select(d => d.Source)]));

        draft.AddRelationship(RelationshipTypes.Gives, handoff.GiverId, id, new PropertyBag(canonical.Source));
        foreach (var receiverId in handoff.ReceiverIds)
        {
            draft.AddRelationship(RelationshipTypes.To, id, receiverId, new PropertyBag(canonical.Source));
            draft.AddRelationship(RelationshipTypes.HandsOff, handoff.GiverId, receiverId,
                new PropertyBag(canonical.Source).Set(HandsOffProperties.What, canonical.What).Set(HandsOffProperties.Handoff, id), id);
        }

        foreach (var declaration in handoff.Declarations)
        {
            draft.AddRelationship(RelationshipTypes.Declares, GraphIds.Document(declaration.DocumentPath), id,
                new PropertyBag(declaration.Source).Set(DeclaresProperties.Side, declaration.Side).Set(DeclaresProperties.What, declaration.What)
                    .Set(DeclaresProperties.Format, declaration.Format).Set(DeclaresProperties.Trigger, declaration.Trigger).Set(DeclaresProperties.Note, declaration.Note)
                    .Set(DeclaresProperties.Giver, declaration.GiverId).Set(DeclaresProperties.Receivers, declaration.ReceiverIds),
                $"{declaration.Side}:{declaration.Source.Line}");
        }
    }

    /// <summary>Two handoffs can share giver, receivers and slug yet stay apart (a row repeated in one table); keep both.</summary>
    private string UniqueId(string id)
    {
        var unique = id;
        for (var n = 2; draft.HasNode(unique); n++)
        {
            unique = $"{id}~{n}";
        }

        return unique;
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are the same party, or one is a group holding the other.</summary>
    private bool SameParty(string a, string b) =>
        a == b
        || (_groups.TryGetValue(a, out var groupA) && groupA.Members.Contains(b))
        || (_groups.TryGetValue(b, out var groupB) && groupB.Members.Contains(a));

    private bool FormatsAgree(string? a, string? b) => vocabulary.FormatsAgree(a, b);

    private sealed record GroupFacts(HashSet<string> Members, int DocumentedCount);
}
