using System.Globalization;
using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Tests.Diagrams;

/// <summary>
/// Seeded random teams built straight as graphs, with every relationship kind a diagram draws and names chosen to break
/// diagram languages: quotes, pipes, brackets, <c>#</c>, <c>;</c>, backslashes, line breaks, markup, reserved words,
/// Cyrillic and emoji, in ids as well as in labels.
/// </summary>
internal static class NastyTeam
{
    public static readonly string[] Texts =
    [
        "Tech \"Lead\"", "Back|end [dev]", "#1 Dev; ops", "end", "graph", "subgraph", "style", "class", "Тестировщик",
        "🚀 Launcher", @"a\b \n c", "<b>bold</b> & <script>", "%%{init: {\"theme\": \"dark\"}}%%", "**bold** //it// __u__",
        "$var ~tilde~", "{curly} (round)", "'single' `tick`", "line\nbreak", "x --> y", "A -.-> B", "@enduml", "digraph",
        "node; edge", "#quot; #35;", "&amp; &#34;", "\\\"", "Руководитель проекта", "emoji 👩‍💻 team", "semi;colon|pipe", "",
    ];

    private static readonly string[] Codes = ["DO", "end", "graph", "ПМ", "A-B", "x\"y", "🚀", "subgraph", "style", "class", "Q|A", "a b", "1", "node"];
    private static readonly string[] Groups = ["group:end", "group:\"team\"|#;", "group:команда 🚀"];
    private static readonly string[] Statuses = ["CONFIRMED", "ONE_SIDED", "CONFLICTING", "UNDOCUMENTED_PEER"];

    public static PropertyGraph Generate(int seed)
    {
        var random = new Random(seed);
        var nodes = new List<GraphNode>();
        var relationships = new List<GraphRelationship>();
        GraphRelationship Relationship(string type, string from, string to, params (string Key, object? Value)[] properties)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{type}:{from}->{to}#{relationships.Count}");
            return new GraphRelationship(id, type, from, to, Properties(id, properties));
        }

        var roles = Codes.OrderBy(_ => random.Next()).Take(random.Next(4, 9)).Select(code => $"role:{code}").ToList();
        foreach (var role in roles)
        {
            nodes.Add(Node(role, NodeLabels.Role, ("code", role[5..]), ("name", Pick(random)), ("documented", random.Next(4) > 0)));
        }

        var groups = Enumerable.Range(0, random.Next(1, 4)).Select(i => $"group:{Pick(random)}{i}").ToList();
        foreach (var group in groups)
        {
            nodes.Add(Node(group, NodeLabels.Group, ("name", Pick(random))));
            foreach (var member in roles.Where(_ => random.Next(2) == 0))
            {
                relationships.Add(Relationship(RelationshipTypes.MemberOf, member, group));
            }
        }

        var externals = Enumerable.Range(0, random.Next(1, 3)).Select(i => $"external:{Pick(random)}{i}").ToList();
        nodes.AddRange(externals.Select(e => Node(e, NodeLabels.ExternalActor, ("name", Pick(random)), ("kind", "system"))));

        var actors = roles.Concat(groups).Concat(externals).ToList();
        for (var i = 0; i < random.Next(8, 20); i++)
        {
            var handoff = $"handoff:{i}";
            nodes.Add(Node(handoff, NodeLabels.Handoff, ("what", Pick(random)), ("trigger", random.Next(3) == 0 ? Pick(random) : null),
                ("status", Statuses[random.Next(Statuses.Length)])));
            relationships.Add(Relationship(RelationshipTypes.Gives, actors[random.Next(actors.Count)], handoff));
            foreach (var receiver in actors.OrderBy(_ => random.Next()).Take(random.Next(1, 3)))
            {
                relationships.Add(Relationship(RelationshipTypes.To, handoff, receiver));
            }
        }

        // A label the schema makes optional is sometimes missing; a required one is then blank instead.
        (string Type, string Key, bool Required)[] kinds =
        [
            (RelationshipTypes.Collaborates, "label", false), (RelationshipTypes.EscalatesTo, "situation", true),
            (RelationshipTypes.NeedsApproval, "decision", true), (RelationshipTypes.Meets, "frequency", false),
        ];
        foreach (var (type, key, required) in kinds)
        {
            for (var i = 0; i < random.Next(2, 8); i++)
            {
                relationships.Add(Relationship(type, roles[random.Next(roles.Count)], actors[random.Next(actors.Count)], (key, random.Next(5) == 0 ? (required ? "" : null) : Pick(random))));
            }
        }

        return new PropertyGraph(nodes, relationships);
    }

    /// <summary>One team using every nasty text as a role's code and name, a group's name, and every kind of label.</summary>
    public static PropertyGraph EveryText()
    {
        var nodes = new List<GraphNode>();
        var relationships = new List<GraphRelationship>();
        var roles = Texts.Select((text, i) => $"role:{text}").ToList();
        nodes.AddRange(Texts.Select((text, i) => Node(roles[i], NodeLabels.Role, ("code", text), ("name", Texts[(i + 1) % Texts.Length]), ("documented", i % 3 > 0))));
        nodes.AddRange(Texts.Select((text, i) => Node($"external:{text}", NodeLabels.ExternalActor, ("name", text))).Take(4));
        foreach (var (group, i) in Groups.Select((g, i) => (g, i)))
        {
            nodes.Add(Node(group, NodeLabels.Group, ("name", Texts[i * 7])));
            relationships.AddRange(roles.Where((_, r) => r % (i + 2) == 0).Select(r => Link(RelationshipTypes.MemberOf, r, group)));
        }

        string[] statuses = [.. Statuses];
        for (var i = 0; i < Texts.Length; i++)
        {
            var (from, to) = (roles[i], roles[(i + 1) % roles.Count]);
            nodes.Add(Node($"handoff:{i}", NodeLabels.Handoff, ("what", Texts[i]), ("trigger", Texts[(i + 5) % Texts.Length]), ("status", statuses[i % statuses.Length])));
            relationships.Add(Link(RelationshipTypes.Gives, from, $"handoff:{i}"));
            relationships.Add(Link(RelationshipTypes.To, $"handoff:{i}", to));
            relationships.Add(Link(RelationshipTypes.Collaborates, from, to, ("label", Texts[(i + 2) % Texts.Length])));
            relationships.Add(Link(RelationshipTypes.EscalatesTo, to, from, ("situation", Texts[i])));
            relationships.Add(Link(RelationshipTypes.NeedsApproval, from, i < 4 ? $"external:{Texts[i]}" : "group:end", ("decision", Texts[i])));
            relationships.Add(Link(RelationshipTypes.Meets, from, roles[(i + 7) % roles.Count], ("frequency", Texts[i])));
        }

        return new PropertyGraph(nodes, relationships);

        GraphRelationship Link(string type, string from, string to, params (string Key, object? Value)[] properties)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{type}:{from}->{to}#{relationships.Count}");
            return new GraphRelationship(id, type, from, to, Properties(id, properties));
        }
    }

    private static string Pick(Random random) => Texts[random.Next(Texts.Length)];

    private static GraphNode Node(string id, string label, params (string Key, object? Value)[] properties) =>
        new(id, label, Properties(id, properties));

    private static Dictionary<string, object> Properties(string id, (string Key, object? Value)[] properties)
    {
        var bag = new Dictionary<string, object>(StringComparer.Ordinal) { ["source"] = $"nasty/{id}.md:1" };
        foreach (var (key, value) in properties.Where(p => p.Value is not null))
        {
            bag[key] = value!;
        }

        return bag;
    }
}
