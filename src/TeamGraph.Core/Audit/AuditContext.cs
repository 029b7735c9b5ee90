using TeamGraph.Core.Cards;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion.Matching;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Audit;

/// <summary>The graph and cards under audit, with the lookups the rules share.</summary>
internal sealed class AuditContext
{
    private readonly ILookup<string, GraphRelationship> _outgoing;
    private readonly ILookup<string, GraphRelationship> _incoming;
    private readonly Dictionary<string, HashSet<string>> _groupMembers;

    public AuditContext(PropertyGraph graph, IReadOnlyList<RoleCard> cards, IReadOnlyList<GlossaryEntry>? glossary = null)
    {
        Graph = graph;
        Cards = cards;
        Vocabulary = new HandoffVocabulary(glossary ?? [], BuiltInGlossary.Entries);
        _outgoing = graph.Relationships.ToLookup(r => r.StartId, StringComparer.Ordinal);
        _incoming = graph.Relationships.ToLookup(r => r.EndId, StringComparer.Ordinal);
        _groupMembers = graph.Relationships.Where(r => r.Type == RelationshipTypes.MemberOf)
            .GroupBy(r => r.EndId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.StartId).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    public PropertyGraph Graph { get; }

    public IReadOnlyList<RoleCard> Cards { get; }

    /// <summary>How the matcher reads names and formats, with the team's glossary: the rules compare as it compares.</summary>
    public HandoffVocabulary Vocabulary { get; }

    public IEnumerable<GraphNode> NodesLabelled(string label) => Graph.Nodes.Where(n => n.Label == label);

    public IEnumerable<GraphRelationship> Outgoing(string nodeId, string type) => _outgoing[nodeId].Where(r => r.Type == type);

    public IEnumerable<GraphRelationship> Incoming(string nodeId, string type) => _incoming[nodeId].Where(r => r.Type == type);

    /// <summary>Every relationship that touches the node: where it is mentioned.</summary>
    public IEnumerable<GraphRelationship> Mentions(string nodeId) =>
        _incoming[nodeId].Concat(_outgoing[nodeId]).Where(r => r.Type != RelationshipTypes.MemberOf);

    /// <summary>The role ids a party stands for: itself, or a group's members.</summary>
    public IReadOnlySet<string> Expand(string partyId) =>
        _groupMembers.TryGetValue(partyId, out var members) ? members : new HashSet<string>(StringComparer.Ordinal) { partyId };

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

    /// <summary>Where the role's card starts, if it has one.</summary>
    public SourceRef? CardOf(string roleId) =>
        Outgoing(roleId, RelationshipTypes.DescribedIn).Select(r => (SourceRef?)r.Source).FirstOrDefault();

    /// <summary>Distinct sources in path and line order.</summary>
    public static List<SourceRef> Sorted(IEnumerable<SourceRef> sources) =>
        [.. sources.Distinct().OrderBy(s => s.Path, StringComparer.Ordinal).ThenBy(s => s.Line)];
}
