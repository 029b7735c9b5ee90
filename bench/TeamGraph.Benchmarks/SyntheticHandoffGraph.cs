using System.Globalization;
using TeamGraph.Core.Graph;

namespace TeamGraph.Benchmarks;

/// <summary>
/// A large team built straight as a property graph, no Markdown: roles with one card each, groups of random members,
/// and handoffs (<c>GIVES</c>, <c>TO</c>, <c>DECLARES</c>, derived <c>HANDS_OFF</c>) between random actors, a few
/// given to or by a group.
/// </summary>
internal static class SyntheticHandoffGraph
{
    public static PropertyGraph Build(int roles, int handoffs, int groups, int groupSize, int seed = 42)
    {
        var random = new Random(seed);
        var nodes = new List<GraphNode>();
        var relationships = new List<GraphRelationship>();
        var roleIds = Enumerable.Range(0, roles).Select(i => "role:R" + i.ToString("D5", CultureInfo.InvariantCulture)).ToList();
        var groupIds = Enumerable.Range(0, groups).Select(i => $"group:g{i}").ToList();
        for (var i = 0; i < roles; i++)
        {
            nodes.Add(Node(roleIds[i], NodeLabels.Role, ("code", roleIds[i][5..]), ("name", $"Role {i}"), ("documented", true)));
            nodes.Add(Node(Document(roleIds[i]), NodeLabels.Document, ("path", Path(roleIds[i])), ("exists", true)));
        }

        foreach (var group in groupIds)
        {
            nodes.Add(Node(group, NodeLabels.Group, ("name", group[6..]), ("declared", true)));
            foreach (var member in Enumerable.Range(0, groupSize).Select(_ => roleIds[random.Next(roles)]).Distinct())
            {
                relationships.Add(Relationship(RelationshipTypes.MemberOf, member, group));
            }
        }

        for (var i = 0; i < handoffs; i++)
        {
            var id = "handoff:H" + i.ToString("D6", CultureInfo.InvariantCulture);
            var what = $"Work item {i}";
            var declarer = roleIds[random.Next(roles)];
            var giver = random.Next(50) == 0 ? groupIds[random.Next(groups)] : declarer;
            var receiver = random.Next(20) == 0 ? groupIds[random.Next(groups)] : roleIds[random.Next(roles)];
            if (receiver == giver)
            {
                continue;
            }

            nodes.Add(Node(id, NodeLabels.Handoff, ("what", what), ("format", "Jira"), ("status", "ONE_SIDED")));
            relationships.Add(Relationship(RelationshipTypes.Gives, giver, id));
            relationships.Add(Relationship(RelationshipTypes.To, id, receiver));
            relationships.Add(Relationship(RelationshipTypes.HandsOff, giver, receiver, "#" + id, ("what", what), ("handoff", id)));
            relationships.Add(Relationship(RelationshipTypes.Declares, Document(declarer), id, "", ("side", "output"), ("what", what), ("giver", giver)));
        }

        return new PropertyGraph(nodes, relationships);
    }

    private static string Path(string roleId) => $"roles/{roleId[5..]}.md";

    private static string Document(string roleId) => "doc:" + Path(roleId);

    private static GraphNode Node(string id, string label, params (string Key, object Value)[] properties) =>
        new(id, label, Properties(properties));

    private static GraphRelationship Relationship(string type, string start, string end, string discriminator = "", params (string Key, object Value)[] properties) =>
        new($"{type}:{start}->{end}{discriminator}", type, start, end, Properties(properties));

    private static Dictionary<string, object> Properties((string Key, object Value)[] properties)
    {
        var bag = properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        bag["source"] = "synthetic.md:1";
        return bag;
    }
}
