using TeamGraph.Core.Cards;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion.Matching;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Audit;

/// <summary>The graph and cards under audit, with the lookups the rules share.</summary>
internal sealed class AuditContext
{
    private readonly Dictionary<(string Node, string Type), List<GraphRelationship>> _outgoingByType = [];
    private readonly Dictionary<(string Node, string Type), List<GraphRelationship>> _incomingByType = [];
    private readonly Dictionary<string, HashSet<string>> _groupMembers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _groupsOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CardedParty> _cardedRoles = new(StringComparer.Ordinal);
    private OneSidedHandoffIndex? _oneSided;

    public AuditContext(PropertyGraph graph, IReadOnlyList<RoleCard> cards, IReadOnlyList<GlossaryEntry>? glossary = null)
    {
        Graph = graph;
        Cards = cards;
        Vocabulary = new HandoffVocabulary(glossary ?? [], BuiltInGlossary.Entries);
        foreach (var relationship in graph.Relationships)
        {
            Add(_outgoingByType, (relationship.StartId, relationship.Type), relationship);
            Add(_incomingByType, (relationship.EndId, relationship.Type), relationship);
            if (relationship.Type == RelationshipTypes.MemberOf)
            {
                Add(_groupsOf, relationship.StartId, relationship.EndId);
                if (!_groupMembers.TryGetValue(relationship.EndId, out var members))
                {
                    _groupMembers[relationship.EndId] = members = new HashSet<string>(StringComparer.Ordinal);
                }

                members.Add(relationship.StartId);
            }
        }
    }

    public PropertyGraph Graph { get; }

    public IReadOnlyList<RoleCard> Cards { get; }

    /// <summary>How the matcher reads names and formats, with the team's glossary: the rules compare as it compares.</summary>
    public HandoffVocabulary Vocabulary { get; }

    /// <summary>The one-sided handoffs indexed by their parties, built on first use (only the handoff-status rule asks).</summary>
    public OneSidedHandoffIndex OneSidedHandoffs => _oneSided ??= new OneSidedHandoffIndex(this);

    public IEnumerable<GraphNode> NodesLabelled(string label) => Graph.Nodes.Where(n => n.Label == label);

    /// <summary>The node's relationships of one type, in the graph's order: looked up, so a hub role costs no more per call than any other.</summary>
    public IReadOnlyList<GraphRelationship> Outgoing(string nodeId, string type) => _outgoingByType.GetValueOrDefault((nodeId, type)) ?? [];

    /// <summary>The relationships of one type that end at the node, in the graph's order.</summary>
    public IReadOnlyList<GraphRelationship> Incoming(string nodeId, string type) => _incomingByType.GetValueOrDefault((nodeId, type)) ?? [];

    /// <summary>
    /// Every relationship that touches the node, membership aside: where it is mentioned. Read type by type from the
    /// same lookups, as only a few nodes (unknown actors, roles without a card) are asked about.
    /// </summary>
    public IEnumerable<GraphRelationship> Mentions(string nodeId) =>
        RelationshipTypes.All.Where(type => type != RelationshipTypes.MemberOf)
            .SelectMany(type => Incoming(nodeId, type).Concat(Outgoing(nodeId, type)));

    /// <summary>The role ids a party stands for: itself, or a group's members.</summary>
    public IReadOnlySet<string> Expand(string partyId) =>
        _groupMembers.TryGetValue(partyId, out var members) ? members : new HashSet<string>(StringComparer.Ordinal) { partyId };

    /// <summary>
    /// The parties <see cref="SameParty"/> holds the same as <paramref name="partyId"/>: itself, its members if it is a
    /// group, the groups it belongs to. A party may come twice; <see cref="RelatedCount"/> counts them without listing.
    /// </summary>
    public IEnumerable<string> Related(string partyId) =>
        _groupMembers.TryGetValue(partyId, out var members) ? [partyId, .. members, .. GroupsOf(partyId)] : [partyId, .. GroupsOf(partyId)];

    /// <summary>How many parties <see cref="Related"/> lists.</summary>
    public int RelatedCount(string partyId) =>
        1 + (_groupMembers.TryGetValue(partyId, out var members) ? members.Count : 0) + GroupsOf(partyId).Count;

    /// <summary>The groups the party is a member of.</summary>
    public IReadOnlyList<string> GroupsOf(string partyId) => _groupsOf.GetValueOrDefault(partyId) ?? [];

    /// <summary>True when the two are the same party or one is a group holding the other.</summary>
    public bool SameParty(string a, string b) =>
        a == b || (_groupMembers.TryGetValue(a, out var ofA) && ofA.Contains(b)) || (_groupMembers.TryGetValue(b, out var ofB) && ofB.Contains(a));

    /// <summary>A node's display name: a role's name with its code, a group's or actor's name.</summary>
    public string NameOf(string nodeId) => Graph.FindNode(nodeId) switch
    {
        { Label: NodeLabels.Role } role => $"{role.Get(RoleProperties.Name)} ({role.Get(RoleProperties.Code)})",
        { } node => node.DisplayName,
        null => nodeId,
    };

    /// <summary>The display names of receivers joined with " + "; "no one" when a row names nobody (a blank "To whom" cell).</summary>
    public string NamesOf(IEnumerable<string> nodeIds) => nodeIds.Select(NameOf).ToList() is { Count: > 0 } names ? string.Join(" + ", names) : "no one";

    /// <summary>True when the node is a <c>Role</c> (by its label, not its id).</summary>
    public bool IsRole(string nodeId) => Graph.FindNode(nodeId)?.Label == NodeLabels.Role;

    /// <summary>True when the node is a <c>Group</c>.</summary>
    public bool IsGroup(string nodeId) => Graph.FindNode(nodeId)?.Label == NodeLabels.Group;

    /// <summary>
    /// The roles a party stands for that have a card, by role id, each with where its card starts and its document's
    /// node id: worked out once per party, as a group's members are looked up for every handoff it takes part in.
    /// </summary>
    public CardedParty CardedRoles(string partyId)
    {
        if (!_cardedRoles.TryGetValue(partyId, out var party))
        {
            party = new CardedParty([.. Expand(partyId).Order(StringComparer.Ordinal)
                .Select(role => (Role: role, Card: CardOf(role)))
                .Where(r => r.Card is not null)
                .Select(r => new CardedRole(r.Role, r.Card!.Value, $"doc:{r.Card.Value.Path}"))]);
            _cardedRoles[partyId] = party;
        }

        return party;
    }

    /// <summary>Where the role's card starts, if it has one.</summary>
    public SourceRef? CardOf(string roleId) =>
        Outgoing(roleId, RelationshipTypes.DescribedIn).Select(r => (SourceRef?)r.Source).FirstOrDefault();

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key, TValue value)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var values))
        {
            index[key] = values = [];
        }

        values.Add(value);
    }

    /// <summary>Distinct sources in path and line order.</summary>
    public static List<SourceRef> Sorted(IEnumerable<SourceRef> sources) =>
        [.. sources.Distinct().OrderBy(s => s.Path, StringComparer.Ordinal).ThenBy(s => s.Line)];
}
