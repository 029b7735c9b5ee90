using System.Globalization;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion.Building;

namespace TeamGraph.Core.Tests.Queries;

/// <summary>
/// Small random teams built straight as property graphs (roles, groups with random members and now and then a group
/// inside another, an outside party,
/// handoffs from any actor to one or two others), for property tests of the chain and reachability queries.
/// </summary>
internal static class RandomTeam
{
    public static PropertyGraph Generate(Random random)
    {
        var nodes = new List<GraphNode>();
        var relationships = new List<GraphRelationship>();
        var roles = Enumerable.Range(0, random.Next(3, 8)).Select(i => $"role:R{i}").ToList();
        var groups = Enumerable.Range(0, random.Next(0, 3)).Select(i => $"group:g{i}").ToList();
        var externals = Enumerable.Range(0, random.Next(0, 2)).Select(i => $"external:x{i}").ToList();
        nodes.AddRange(roles.Select(id => Node(id, NodeLabels.Role)));
        nodes.AddRange(groups.Select(id => Node(id, NodeLabels.Group)));
        nodes.AddRange(externals.Select(id => Node(id, NodeLabels.ExternalActor)));
        foreach (var group in groups)
        {
            foreach (var role in roles.Where(_ => random.Next(3) == 0))
            {
                relationships.Add(Relationship(RelationshipTypes.MemberOf, role, group));
            }

            // Now and then a group inside another: the queries expand one level, so the inner group is an end itself.
            foreach (var inner in groups.Where(g => g != group && random.Next(4) == 0))
            {
                relationships.Add(Relationship(RelationshipTypes.MemberOf, inner, group));
            }
        }

        var actors = roles.Concat(groups).Concat(externals).ToList();
        for (var i = random.Next(4, 15); i > 0; i--)
        {
            var id = "handoff:" + i.ToString("D2", CultureInfo.InvariantCulture);
            var giver = actors[random.Next(actors.Count)];
            nodes.Add(Node(id, NodeLabels.Handoff));
            relationships.Add(Relationship(RelationshipTypes.Gives, giver, id));
            foreach (var receiver in Enumerable.Range(0, random.Next(1, 3)).Select(_ => actors[random.Next(actors.Count)]).Where(r => r != giver).Distinct())
            {
                relationships.Add(Relationship(RelationshipTypes.To, id, receiver));
            }
        }

        return new PropertyGraph(nodes, relationships);
    }

    /// <summary>A node with the properties its label's schema requires, written through the schema's keys.</summary>
    internal static GraphNode Node(string id, string label)
    {
        var bag = new PropertyBag(new SourceRef("random.md", 1));
        _ = label switch
        {
            NodeLabels.Role => bag.Set(RoleProperties.Code, id[5..]).Set(RoleProperties.Name, id).Set(RoleProperties.Documented, true),
            NodeLabels.Group => bag.Set(GroupProperties.Name, id).Set(GroupProperties.Declared, true),
            NodeLabels.ExternalActor => bag.Set(ExternalActorProperties.Name, id).Set(ExternalActorProperties.Kind, "external").Set(ExternalActorProperties.Declared, true),
            _ => bag.Set(HandoffProperties.What, id).Set(HandoffProperties.Status, HandoffStatus.Confirmed),
        };
        return new(id, label, bag.Build());
    }

    internal static GraphRelationship Relationship(string type, string start, string end) =>
        new($"{type}:{start}->{end}", type, start, end, new Dictionary<string, object> { ["source"] = "random.md:1" });
}
