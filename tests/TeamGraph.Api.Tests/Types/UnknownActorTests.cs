using System.Net.Http.Json;
using System.Text.Json;

namespace TeamGraph.Api.Tests.Types;

/// <summary>
/// Wherever an argument names an actor, one that names none is an <c>UNKNOWN_ACTOR</c> error whose
/// <c>extensions.data.closest</c> (and message) names the nearest known ids, instead of an empty answer.
/// </summary>
public sealed class UnknownActorTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    [Theory]
    [InlineData("""{ handoffs(from: "QAA") { items { id } } }""", "role:QA")]
    [InlineData("""{ handoffs(from: "BE", to: "Devops Engineeer") { items { id } } }""", "role:DO")]
    [InlineData("""{ handoffChains(from: "BE", to: "Tech Leed") { items { hops { handoff { id } } } } }""", "role:TL")]
    [InlineData("""{ reachable(from: "group:developer") { actor { id } } }""", "group:developers")]
    [InlineData("""{ actor(id: "PMM") { id } }""", "role:PM")]
    [InlineData("""{ actor(id: "skill:docker") { id } }""", "role:DO")]
    [InlineData("""{ role(id: "frontend developr") { code } }""", "role:FE")]
    [InlineData("""{ diagram(scope: { from: "BE", to: "QAE" }) { text } }""", "role:QA")]
    public async Task Argument_NamingNoActor_IsUnknownActorNamingTheClosest(string query, string closest)
    {
        var root = await PostAsync(query);

        var error = root.At("errors.0");
        Assert.Equal("UNKNOWN_ACTOR", error.Text("extensions.code"));
        Assert.Equal(closest, error.Text("extensions.data.closest.0"));
        Assert.InRange(error.At("extensions.data.closest").GetArrayLength(), 1, 3);
        Assert.Contains($"[{closest}]", error.Text("message"), StringComparison.Ordinal);
        Assert.Equal(1, root.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task Role_NamingNoRole_IsNullWithAMessageSayingWhatIsClosest()
    {
        var root = await PostAsync("""{ role(id: "QAA") { code } }""");

        Assert.Equal(JsonValueKind.Null, root.At("data.role").ValueKind);
        Assert.StartsWith("Unknown role 'QAA': no role has that code, name, alias or node id. Closest: QA (", root.Text("errors.0.message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagram_GroupWhereOnlyARoleWillDo_IsUnknownActorNamingRoles()
    {
        var root = await PostAsync("""{ diagram(scope: { from: "BE", to: "group:developers" }) { text } }""");

        Assert.Equal("UNKNOWN_ACTOR", root.Text("errors.0.extensions.code"));
        Assert.StartsWith("Unknown role 'group:developers'", root.Text("errors.0.message"), StringComparison.Ordinal);
        Assert.All(root.At("errors.0.extensions.data.closest").EnumerateArray(), id => Assert.StartsWith("role:", id.GetString(), StringComparison.Ordinal));
    }

    private async Task<JsonElement> PostAsync(string query)
    {
        using var response = await factory.CreateClient().PostAsJsonAsync("/graphql", new { query }, TestContext.Current.CancellationToken);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
    }
}
