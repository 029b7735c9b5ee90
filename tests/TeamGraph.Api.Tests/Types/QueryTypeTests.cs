namespace TeamGraph.Api.Tests.Types;

public sealed class QueryTypeTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Role_ByCode_ReturnsTheCardFacts()
    {
        var data = await _client.QueryAsync("""
            { role(id: "DO") { id code name level documented aliases source { path line }
                skills { name } tools { name } responsibilities { text } decisions { text }
                handoffPoints { what } collaborators { __typename name } inputs { what from { name } } outputs { what } } }
            """);

        var role = data.GetProperty("role");
        Assert.Equal("role:DO", role.Text("id"));
        Assert.Equal("DevOps Engineer", role.Text("name"));
        Assert.Equal("Middle / Senior", role.Text("level"));
        Assert.True(role.At("documented").GetBoolean());
        Assert.Equal(["DevOps", "Ops"], role.At("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("roles/devops-engineer.md", role.Text("source.path"));
        Assert.Equal(1, role.Number("source.line"));
        Assert.Contains(role.At("skills").EnumerateArray(), s => s.Text("name") == "Docker");
        // "Environment ready" is the moment of the Outputs row "Environment access", so that handoff is listed.
        Assert.Equal(["Incident resolved", "Environment access", "Deployment complete"], role.At("handoffPoints").EnumerateArray().Select(h => h.Text("what")));
        Assert.Contains(role.At("inputs").EnumerateArray(), h => h.Text("what") == "Release sign-off" && h.Text("from.name") == "QA Engineer");
        Assert.Equal(5, role.At("collaborators").GetArrayLength());
        Assert.NotEqual(0, role.At("responsibilities").GetArrayLength());
    }

    [Fact]
    public async Task Role_ByAliasOrNodeId_FindsIt()
    {
        var data = await _client.QueryAsync("""{ a: role(id: "devops") { code } b: role(id: "role:TL") { code } }""");

        Assert.Equal("DO", data.Text("a.code"));
        Assert.Equal("TL", data.Text("b.code"));
    }

    [Fact]
    public async Task Roles_FirstAndAfter_PageThroughTheConnection()
    {
        var first = await _client.QueryAsync("""{ roles(first: 2) { totalCount edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }""");
        var next = await _client.QueryAsync("""query($after: String) { roles(first: 2, after: $after) { edges { node { code } } pageInfo { hasPreviousPage } } }""",
            new { after = first.Text("roles.pageInfo.endCursor") });

        Assert.Equal(6, first.Number("roles.totalCount"));
        Assert.Equal(["BE", "DO"], first.At("roles.edges").EnumerateArray().Select(e => e.Text("node.code")));
        Assert.True(first.At("roles.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal(["FE", "PM"], next.At("roles.edges").EnumerateArray().Select(e => e.Text("node.code")));
        Assert.True(next.At("roles.pageInfo.hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Roles_Filter_AppliesEveryCondition()
    {
        var data = await _client.QueryAsync("""
            { skill: roles(filter: { skill: "docker" }) { totalCount edges { node { code } } }
              tool: roles(filter: { tool: "Chrome DevTools" }) { edges { node { code } } }
              undocumented: roles(filter: { documented: false }) { totalCount }
              lead: roles(filter: { level: "senior", text: "lead" }) { edges { node { code } } } }
            """);

        Assert.Equal(["BE", "DO"], data.At("skill.edges").EnumerateArray().Select(e => e.Text("node.code")));
        Assert.Equal(["FE"], data.At("tool.edges").EnumerateArray().Select(e => e.Text("node.code")));
        Assert.Equal(0, data.Number("undocumented.totalCount"));
        Assert.Equal(["TL"], data.At("lead.edges").EnumerateArray().Select(e => e.Text("node.code")));
    }

    [Fact]
    public async Task Handoffs_FromToStatus_ListsTheMatchingHandoffsWithDeclarationsAndHowTheyWereMatched()
    {
        var data = await _client.QueryAsync("""
            { handoffs(from: "QA", to: "DO", status: CONFLICTING) { items { id what format status matchedBy confidence from { id } to { id }
                declarations { path line side } sources { path line } } }
              probable: handoffs(status: PROBABLE) { items { what matchedBy confidence } } }
            """);

        var first = Assert.Single(data.At("handoffs.items").EnumerateArray());
        Assert.Equal("handoff:QA>DO+PM:release-sign-off", first.Text("id"));
        Assert.Equal("Release sign-off", first.Text("what"));
        Assert.Equal("CONFLICTING", first.Text("status"));
        Assert.Equal(["GLOSSARY", "TRIGGER"], first.At("matchedBy").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(0.9, first.At("confidence").GetDouble(), 2);
        Assert.Equal("role:QA", first.Text("from.id"));
        Assert.Equal(["role:DO", "role:PM"], first.At("to").EnumerateArray().Select(t => t.Text("id")));
        Assert.Equal(["roles/devops-engineer.md:200:input", "roles/project-manager.md:183:input", "roles/qa-engineer.md:195:output", "roles/qa-engineer.md:249:handoff-point"],
            first.At("declarations").EnumerateArray().Select(d => $"{d.Text("path")}:{d.Number("line")}:{d.Text("side")}").Order(StringComparer.Ordinal));
        var probable = Assert.Single(data.At("probable.items").EnumerateArray());
        Assert.Equal("Prioritized backlog", probable.Text("what"));
        Assert.Equal(["GLOSSARY", "ELIMINATION"], probable.At("matchedBy").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task Actor_ByNodeIdOrCode_ResolvesRolesGroupsAndOutsideParties()
    {
        var data = await _client.QueryAsync("""
            { group: actor(id: "group:developers") { __typename name ... on Group { members { code } } }
              outside: actor(id: "external:customers") { __typename name }
              role: actor(id: "QA") { __typename id } }
            """);

        Assert.Equal("Group", data.Text("group.__typename"));
        Assert.Equal(["BE", "FE"], data.At("group.members").EnumerateArray().Select(m => m.Text("code")));
        Assert.Equal("ExternalActor", data.Text("outside.__typename"));
        Assert.Equal("Customers", data.Text("outside.name"));
        Assert.Equal("role:QA", data.Text("role.id"));
    }

    [Fact]
    public async Task Documents_OnSeed_ListReadAndMissingDocuments()
    {
        var data = await _client.QueryAsync("""{ documents { path title exists source { path line } } }""");

        var documents = data.At("documents").EnumerateArray().ToList();
        Assert.Equal(8, documents.Count(d => d.At("exists").GetBoolean()));
        Assert.Contains(documents, d => d.Text("path") == "README.md" && d.Text("title") == "Team Documentation");
        Assert.Contains(documents, d => d.Text("path") == "../tech-stack/overview.md" && !d.At("exists").GetBoolean());
    }
}
