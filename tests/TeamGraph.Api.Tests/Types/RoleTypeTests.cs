namespace TeamGraph.Api.Tests.Types;

/// <summary>The seed DevOps card's tables as Role fields, checked against seed/roles/devops-engineer.md.</summary>
public sealed class RoleTypeTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private const string CardPath = "roles/devops-engineer.md";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Approvals_DevOps_ListsTheNeedsApprovalTableWithApproversAndNotes()
    {
        var data = await _client.QueryAsync("""{ role(id: "DO") { approvals { role { code } decision note approvers { actor { id } } source { path line } } } }""");

        var rows = data.At("role.approvals").EnumerateArray().ToList();
        Assert.Equal(5, rows.Count);
        Assert.Equal([178, 179, 180, 181, 182], rows.Select(r => r.Number("source.line")).Order());
        Assert.All(rows, r => Assert.Equal(CardPath, r.Text("source.path")));
        Assert.All(rows, r => Assert.Equal("DO", r.Text("role.code")));
        var platform = Assert.Single(rows, r => r.Text("decision") == "Смена deployment platform");
        Assert.Equal("cost", platform.Text("note"));
        Assert.Equal(["role:PM", "role:TL"], platform.At("approvers").EnumerateArray().Select(a => a.Text("actor.id")));
        Assert.Equal(["role:PM"], rows.Single(r => r.Text("decision") == "Cost-impacting changes").At("approvers").EnumerateArray().Select(a => a.Text("actor.id")));
    }

    [Fact]
    public async Task Escalations_DevOps_ListsTheEscalationTableWithUrgencyAndOutsideParties()
    {
        var data = await _client.QueryAsync("""{ role(id: "DevOps") { escalations { situation urgency contacts { actor { id __typename } } source { path line } } } }""");

        var rows = data.At("role.escalations").EnumerateArray().ToList();
        Assert.Equal(["Data loss risk", "Production down", "Security breach", "Significant cost overrun"], rows.Select(r => r.Text("situation")));
        Assert.Equal("немедленно", rows[1].Text("urgency"));
        Assert.Equal(188, rows[1].Number("source.line"));
        Assert.Contains(rows[2].At("contacts").EnumerateArray(), c => c.Text("actor.__typename") == "ExternalActor");
        Assert.Equal(["role:PM"], rows[3].At("contacts").EnumerateArray().Select(c => c.Text("actor.id")));
    }

    [Fact]
    public async Task Communications_DevOps_ListsWithWhomHowOftenAndInWhatForm()
    {
        var data = await _client.QueryAsync("""{ role(id: "DO") { communications { with { id __typename } frequency format source { path line } } } }""");

        var rows = data.At("role.communications").EnumerateArray().ToList();
        Assert.Equal(["role:TL", "role:QA", "group:developers"], rows.Select(r => r.Text("with.0.id")));
        Assert.Equal(["1-2 раза/неделю", "При релизах", "По необходимости"], rows.Select(r => r.Text("frequency")));
        Assert.Equal(["Sync, planning", "Release coordination", "Support, incidents"], rows.Select(r => r.Text("format")));
        Assert.Equal("Group", rows[2].Text("with.0.__typename"));
        Assert.Equal([250, 251, 252], rows.Select(r => r.Number("source.line")));
        Assert.All(rows, r => Assert.Equal(CardPath, r.Text("source.path")));
    }

    [Fact]
    public async Task QualityStandards_DevOps_ListsAspectsAndCriteria()
    {
        var data = await _client.QueryAsync("""{ role(id: "DO") { qualityStandards { aspect criterion source { path line } } } }""");

        var rows = data.At("role.qualityStandards").EnumerateArray().ToDictionary(r => r.Text("aspect"));
        Assert.Equal(["Deployments", "Monitoring", "Recovery", "Security", "Uptime"], rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("99.9% availability target", rows["Uptime"].Text("criterion"));
        Assert.Equal("RTO < 1 hour, RPO < 1 hour", rows["Recovery"].Text("criterion"));
        Assert.Equal(283, rows["Uptime"].Number("source.line"));
        Assert.Equal(CardPath, rows["Security"].Text("source.path"));
    }

    [Fact]
    public async Task Document_EveryRole_IsTheCardItIsDescribedIn()
    {
        var data = await _client.QueryAsync("""{ role(id: "DO") { document { id path title exists source { path line } } } roles { edges { node { code document { path } } } } }""");

        Assert.Equal(CardPath, data.Text("role.document.path"));
        Assert.Equal("DevOps Engineer", data.Text("role.document.title"));
        Assert.True(data.At("role.document.exists").GetBoolean());
        Assert.Equal(CardPath, data.Text("role.document.source.path"));
        Assert.All(data.At("roles.edges").EnumerateArray(), e => Assert.StartsWith("roles/", e.Text("node.document.path"), StringComparison.Ordinal));
        Assert.Equal("roles/qa-engineer.md", data.At("roles.edges").EnumerateArray().Single(e => e.Text("node.code") == "QA").Text("node.document.path"));
    }

    [Fact]
    public async Task Tables_OtherRoles_AreTheirOwnRows()
    {
        var data = await _client.QueryAsync("""{ role(id: "BE") { approvals { decision role { code } } escalations { role { code } } qualityStandards { aspect } } }""");

        Assert.Contains(data.At("role.approvals").EnumerateArray(), a => a.Text("decision") == "Изменение API контракта");
        Assert.All(data.At("role.approvals").EnumerateArray(), a => Assert.Equal("BE", a.Text("role.code")));
        Assert.All(data.At("role.escalations").EnumerateArray(), e => Assert.Equal("BE", e.Text("role.code")));
        Assert.NotEqual(0, data.At("role.qualityStandards").GetArrayLength());
    }
}
