namespace TeamGraph.Api.Tests.Types;

public sealed class QueryTypeQuestionsTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task HandoffChains_FromBackendToQa_StartsWithOneHopChains()
    {
        var data = await _client.QueryAsync("""{ handoffChains(from: "BE", to: "QA", first: 3) { items { length hops { from { name } to { name } what handoff { id } } } } }""");

        Assert.Equal(3, data.At("handoffChains.items").GetArrayLength());
        Assert.Equal(1, data.Number("handoffChains.items.0.length"));
        Assert.Equal("Backend Developer", data.Text("handoffChains.items.0.hops.0.from.name"));
        Assert.Equal("QA Engineer", data.Text("handoffChains.items.0.hops.0.to.name"));
        Assert.Equal("Bug fixed", data.Text("handoffChains.items.0.hops.0.what"));
    }

    [Fact]
    public async Task Audit_ProbableHandoff_ProposesTheGlossaryRowThatWouldConfirmIt()
    {
        var data = await _client.QueryAsync("""{ audit { rule severity glossaryProposal { term equivalents evidence } } }""");

        var probable = Assert.Single(data.At("audit").EnumerateArray(), f => f.Text("rule") == "handoff-probable");
        Assert.Equal("INFO", probable.Text("severity"));
        Assert.Equal("Prioritized backlog", probable.Text("glossaryProposal.term"));
        Assert.Equal(["User stories + макеты"], probable.At("glossaryProposal.equivalents").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("both say Jira", probable.Text("glossaryProposal.evidence"), StringComparison.Ordinal);
        Assert.Contains(data.At("audit").EnumerateArray(), f => f.Text("rule") == "handoff-conflicting" && f.At("glossaryProposal").ValueKind == System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task HandoffChains_FirstBelowOne_IsAGraphQLError()
    {
        using var response = await _client.PostAsync("/graphql", Json("""{"query":"{ handoffChains(from: \"BE\", to: \"QA\", first: 0) { items { length } } }"}"""), TestContext.Current.CancellationToken);
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal("'first' must be at least 1; it was 0.", body.Text("errors.0.message"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.At("data").ValueKind);
    }

    [Fact]
    public async Task Reachable_DownstreamAndUpstream_ListActorsByHops()
    {
        var data = await _client.QueryAsync("""
            { down: reachable(from: "BE", maxHops: 1) { actor { id __typename } hops }
              up: reachable(from: "DO", direction: UPSTREAM, maxHops: 1) { actor { id __typename } hops } }
            """);

        Assert.Equal(["role:DO", "role:FE", "role:PM", "role:QA", "role:TL"], data.At("down").EnumerateArray().Select(a => a.Text("actor.id")));
        Assert.Equal("external:monitoring", data.Text("up.0.actor.id"));
        Assert.Equal("ExternalActor", data.Text("up.0.actor.__typename"));
        Assert.Equal(1, data.Number("up.0.hops"));
    }

    [Fact]
    public async Task Escalations_Situation_FindsTheRowsWithContacts()
    {
        var data = await _client.QueryAsync("""{ escalations(situation: "production down") { role { code } situation urgency contacts { actor { id } } source { path line } } }""");

        Assert.Equal(2, data.At("escalations").GetArrayLength());
        Assert.Equal("DO", data.Text("escalations.0.role.code"));
        Assert.Equal("Production down", data.Text("escalations.0.situation"));
        Assert.Equal("немедленно", data.Text("escalations.0.urgency"));
        Assert.Equal(["role:PM", "role:TL"], data.At("escalations.0.contacts").EnumerateArray().Select(c => c.Text("actor.id")));
        Assert.Equal(188, data.Number("escalations.0.source.line"));
    }

    [Fact]
    public async Task Approvals_Decision_FindsTheRowsWithApprovers()
    {
        var data = await _client.QueryAsync("""{ approvals(decision: "API контракта") { role { code } decision approvers { actor { id } } source { path line } } }""");

        Assert.Equal("BE", data.Text("approvals.0.role.code"));
        Assert.Equal("Изменение API контракта", data.Text("approvals.0.decision"));
        Assert.Equal(["role:FE", "role:TL"], data.At("approvals.0.approvers").EnumerateArray().Select(c => c.Text("actor.id")));
        Assert.Equal(163, data.Number("approvals.0.source.line"));
    }

    [Fact]
    public async Task Search_Text_RanksExactMatchesFirst()
    {
        var data = await _client.QueryAsync("""{ search(text: "docker", first: 3) { kind nodeId text rank actors { id } } }""");

        Assert.Equal(["SKILL", "TOOL", "ARTIFACT"], data.At("search").EnumerateArray().Select(h => h.Text("kind")));
        Assert.Equal("Docker", data.Text("search.0.text"));
        Assert.Equal(0, data.Number("search.0.rank"));
        Assert.Equal(["role:BE", "role:DO"], data.At("search.0.actors").EnumerateArray().Select(a => a.Text("id")));
        Assert.Equal("Docker configurations", data.Text("search.2.text"));
    }

    [Fact]
    public async Task Audit_OnSeed_ReportsTheFindingsWithSources()
    {
        var data = await _client.QueryAsync("""{ audit { rule severity message sources { path line } } stats { findings } }""");

        Assert.Equal(data.Number("stats.findings"), data.At("audit").GetArrayLength());
        Assert.Contains(data.At("audit").EnumerateArray(), f => f.Text("rule") == "handoff-conflicting" && f.Text("severity") == "WARNING"
            && f.Text("message").Contains("'Staging deployments'", StringComparison.Ordinal) && f.Text("sources.0.path") == "roles/devops-engineer.md");
    }

    [Fact]
    public async Task Stats_OnSeed_CountsWhatIsServed()
    {
        var data = await _client.QueryAsync("""{ stats { documents nodes relationships roles documentedRoles handoffs errors warnings findings } }""");

        Assert.Equal(8, data.Number("stats.documents"));
        Assert.Equal(508, data.Number("stats.nodes"));
        Assert.Equal(1038, data.Number("stats.relationships"));
        Assert.Equal(6, data.Number("stats.roles"));
        Assert.Equal(6, data.Number("stats.documentedRoles"));
        Assert.Equal(46, data.Number("stats.handoffs"));
        Assert.Equal(0, data.Number("stats.errors"));
        Assert.Equal(47, data.Number("stats.findings"));
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");
}
