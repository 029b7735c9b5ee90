using System.Text.Json;

namespace TeamGraph.Api.Tests.Types;

/// <summary>
/// <c>diagram</c> on the seed team gives the text pinned in tests/data/diagrams/golden (what <c>teamgraph diagram</c> writes),
/// and refuses a scope that is not exactly one scope with a GraphQL error.
/// </summary>
public sealed class QueryTypeDiagramTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private const string DiagramQuery = """
        query($scope: DiagramScope!, $format: DiagramFormat, $kinds: [EdgeKind!]) {
          diagram(scope: $scope, format: $format, kinds: $kinds) { format text nodeCount edgeCount } }
        """;

    private static readonly string[] PmAndTechLead = ["PM", "role:TL", "pm"];

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("MERMAID", "team-handoffs.mmd")]
    [InlineData("DOT", "team-handoffs.dot")]
    [InlineData("PLANTUML", "team-handoffs.puml")]
    public async Task Diagram_Team_EqualsTheGoldenFileInEveryFormat(string format, string golden)
    {
        var diagram = await DiagramAsync(new { team = true }, format);

        Assert.Equal(format, diagram.Text("format"));
        Assert.Equal(Golden(golden), diagram.Text("text"));
        Assert.Equal(11, diagram.Number("nodeCount"));
        Assert.Equal(45, diagram.Number("edgeCount"));
    }

    [Fact]
    public async Task Diagram_FormatOmitted_IsMermaidWithHandoffsOnly()
    {
        var data = await _client.QueryAsync("""{ diagram(scope: { team: true }) { format text } }""");

        Assert.Equal("MERMAID", data.Text("diagram.format"));
        Assert.Equal(Golden("team-handoffs.mmd"), data.Text("diagram.text"));
    }

    [Fact]
    public async Task Diagram_NeighbourhoodOfDevOpsByAliasWithEveryKind_EqualsTheGoldenFile()
    {
        var diagram = await DiagramAsync(new { role = "devops" }, "MERMAID", ["HANDOFF", "COLLABORATION", "ESCALATION", "APPROVAL", "COMMUNICATION"]);

        Assert.Equal(Golden("neighbourhood-DO-all.mmd"), diagram.Text("text"));
        Assert.Equal(10, diagram.Number("nodeCount"));
        Assert.Equal(43, diagram.Number("edgeCount"));
    }

    [Fact]
    public async Task Diagram_ChainsFromBackendToQa_EqualsTheGoldenFile()
    {
        var diagram = await DiagramAsync(new { from = "BE", to = "QA Engineer" });

        Assert.Equal(Golden("chains-BE-QA.mmd"), diagram.Text("text"));
        Assert.Equal(4, diagram.Number("nodeCount"));
        Assert.Equal(10, diagram.Number("edgeCount"));
    }

    [Fact]
    public async Task Diagram_Roles_DrawsOnlyThoseRoles()
    {
        var diagram = await DiagramAsync(new { roles = PmAndTechLead }, "DOT");

        Assert.Equal(2, diagram.Number("nodeCount"));
        Assert.Contains("role_PM", diagram.Text("text"), StringComparison.Ordinal);
        Assert.Contains("role_TL", diagram.Text("text"), StringComparison.Ordinal);
        Assert.DoesNotContain("role_QA", diagram.Text("text"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{}""", "INVALID_DIAGRAM_SCOPE", "Invalid diagram scope: Give a scope: team: true, role, from with to, or roles.")]
    [InlineData("""{"team":false}""", "INVALID_DIAGRAM_SCOPE", "Invalid diagram scope: Give a scope: team: true, role, from with to, or roles.")]
    [InlineData("""{"team":true,"role":"DO"}""", "INVALID_DIAGRAM_SCOPE", "Invalid diagram scope: Give one scope (team, role, from/to or roles), not team and role.")]
    [InlineData("""{"from":"BE"}""", "INVALID_DIAGRAM_SCOPE", "Invalid diagram scope: from and to go together.")]
    [InlineData("""{"team":true,"depth":2}""", "INVALID_DIAGRAM_SCOPE", "Invalid diagram scope: depth goes with role.")]
    [InlineData("""{"role":"DO","maxHops":2}""", "INVALID_DIAGRAM_SCOPE", "Invalid diagram scope: maxHops and maxPaths go with from/to.")]
    [InlineData("""{"role":"DO","depth":0}""", "INVALID_DIAGRAM_SCOPE", "Invalid diagram scope: depth must be from 1 to 32, not 0.")]
    [InlineData("""{"from":"BE","to":"QA","maxPaths":101}""", "INVALID_DIAGRAM_SCOPE", "Invalid diagram scope: maxPaths must be from 1 to 100, not 101.")]
    [InlineData("""{"roles":[]}""", "INVALID_DIAGRAM_SCOPE", "Invalid diagram scope: roles needs at least one role.")]
    [InlineData("""{"role":"nobody"}""", "UNKNOWN_ACTOR", "Unknown role 'nobody': no role has that code, name, alias or node id. Closest: ")]
    public async Task Diagram_BadScope_IsAGraphQLErrorWithACode(string scope, string code, string message)
    {
        var body = $$$"""{"query":"query($scope: DiagramScope!) { diagram(scope: $scope) { text } }","variables":{"scope":{{{scope}}}}}""";
        using var response = await _client.PostAsync("/graphql", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.StartsWith(message, root.Text("errors.0.message"), StringComparison.Ordinal);
        Assert.Equal(code, root.Text("errors.0.extensions.code"));
        Assert.Equal(JsonValueKind.Null, root.At("data").ValueKind);
    }

    private static string Golden(string name) => File.ReadAllText(TestPaths.Data("diagrams", "golden", name));

    private async Task<JsonElement> DiagramAsync(object scope, string format = "MERMAID", string[]? kinds = null) =>
        (await _client.QueryAsync(DiagramQuery, new { scope, format, kinds })).GetProperty("diagram");
}
