using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Tests.Diagrams;

/// <summary>Small hand-made teams for the view tests: documented roles by code, groups, and handoffs.</summary>
internal sealed class TeamBuilder
{
    private readonly List<GraphNode> _nodes = [];
    private readonly List<GraphRelationship> _relationships = [];

    public TeamBuilder Roles(params string[] codes)
    {
        _nodes.AddRange(codes.Select(c => Node($"role:{c}", NodeLabels.Role, ("code", c), ("name", c), ("documented", true))));
        return this;
    }

    public TeamBuilder Undocumented(params string[] codes)
    {
        _nodes.AddRange(codes.Select(c => Node($"role:{c}", NodeLabels.Role, ("code", c), ("name", c), ("documented", false))));
        return this;
    }

    public TeamBuilder Group(string name, params string[] memberCodes)
    {
        _nodes.Add(Node($"group:{name}", NodeLabels.Group, ("name", name)));
        foreach (var code in memberCodes)
        {
            Link(RelationshipTypes.MemberOf, $"role:{code}", $"group:{name}");
        }

        return this;
    }

    public TeamBuilder Handoff(string giverCode, string what, string status, string? trigger, params string[] receivers)
    {
        var id = $"handoff:{_nodes.Count}";
        _nodes.Add(Node(id, NodeLabels.Handoff, ("what", what), ("status", status), ("trigger", trigger)));
        Link(RelationshipTypes.Gives, $"role:{giverCode}", id);
        foreach (var receiver in receivers)
        {
            Link(RelationshipTypes.To, id, receiver.Contains(':', StringComparison.Ordinal) ? receiver : $"role:{receiver}");
        }

        return this;
    }

    public PropertyGraph Build() => new(_nodes, _relationships);

    private void Link(string type, string from, string to) =>
        _relationships.Add(new GraphRelationship($"{type}:{from}->{to}#{_relationships.Count}", type, from, to, new Dictionary<string, object> { ["source"] = "t.md:1" }));

    private static GraphNode Node(string id, string label, params (string Key, object? Value)[] properties) =>
        new(id, label, properties.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!).Append(new("source", "t.md:1")).ToDictionary());
}
