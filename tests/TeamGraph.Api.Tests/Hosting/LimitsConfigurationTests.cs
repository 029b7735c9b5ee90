using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamGraph.Api.Hosting;
using TeamGraph.Api.Tests.Http.Limits;

namespace TeamGraph.Api.Tests.Hosting;

public sealed class LimitsConfigurationTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    [Fact]
    public void Defaults_AreThoseTheReadmeDocuments()
    {
        var limits = factory.Services.GetRequiredService<IOptions<TeamGraphOptions>>().Value.Limits;

        Assert.Equal(
            (15, 50_000, 30, 102_400L, TimeSpan.FromSeconds(10), true, 0, 0, 500),
            (limits.MaxDepth, limits.MaxComplexity, limits.MaxAliases, limits.MaxRequestBodyBytes, limits.ExecutionTimeout, limits.EnableIntrospection,
                limits.AllowedOrigins.Count, limits.MaxConcurrentQueries, limits.MaxQueuedQueries));
    }

    [Fact]
    public async Task RootLimitsSection_AsSetByTeamGraphVariables_WinsOverTheTeamGraphSection()
    {
        // TEAMGRAPH_Limits__MaxDepth=2 arrives as Limits:MaxDepth once the prefix is stripped.
        await using var api = factory.With(("TeamGraph:Limits:MaxDepth", "10"), ("Limits:MaxDepth", "2"));

        var (status, body) = await api.CreateClient().PostQueryAsync("""{ role(id: "QA") { skills { name } } }""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("maximum allowed on this endpoint is 2", body.Text("errors.0.message"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MaxDepth", "0")]
    [InlineData("ExecutionTimeout", "00:00:00")]
    [InlineData("MaxRequestBodyBytes", "-1")]
    [InlineData("MaxConcurrentQueries", "-1")]
    [InlineData("MaxQueuedQueries", "-1")]
    public void InvalidLimit_FailsAtStartNamingTheSection(string key, string value)
    {
        using var api = factory.With(($"TeamGraph:Limits:{key}", value));

        var error = Assert.Throws<OptionsValidationException>(() => api.CreateClient());

        Assert.Contains("TeamGraph:Limits", error.Message, StringComparison.Ordinal);
    }
}
