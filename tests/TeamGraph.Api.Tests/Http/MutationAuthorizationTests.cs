using System.Net;

namespace TeamGraph.Api.Tests.Http;

public sealed class MutationAuthorizationTests
{
    [Fact]
    public async Task Reload_WithTheKey_ServesTheChangedFolder()
    {
        using var docs = new TempDocsFolder();
        await using var factory = new ReloadApiFactory(docs.Folder, watch: false);
        var client = factory.CreateClient();
        docs.Edit("roles/backend-developer.md", "| Prisma |", "| Drizzle |");

        var (status, _, body) = await client.PostAsync(ReloadRequests.ReloadMutation, ReloadApiFactory.ApiKey);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.At("data.reload.succeeded").GetBoolean(), body.ToString());
        Assert.Equal(8, body.Number("data.reload.documents"));
        Assert.True(body.Number("data.reload.nodes") > 0);
        Assert.Contains("Drizzle", await client.BackendSkillsAsync());
    }

    [Theory]
    [InlineData(null, "Bearer")]
    [InlineData("wrong-key", "Bearer error=\"invalid_token\"")]
    [InlineData("test-key-012345678", "Bearer error=\"invalid_token\"")]
    public async Task Reload_WithoutTheRightKey_Is401AndDoesNotReload(string? key, string challenge)
    {
        using var docs = new TempDocsFolder();
        await using var factory = new ReloadApiFactory(docs.Folder, watch: false);
        var client = factory.CreateClient();
        docs.Edit("roles/backend-developer.md", "| Prisma |", "| Drizzle |");

        var (status, response, body) = await client.PostAsync(ReloadRequests.ReloadMutation, key);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(challenge, response.Headers.WwwAuthenticate.ToString());
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal("UNAUTHENTICATED", body.Text("errors.0.extensions.code"));
        Assert.Contains("Prisma", await client.BackendSkillsAsync());
    }

    [Fact]
    public async Task WrongKeys_PastTheLimit_Are429WithRetryAfterEvenForTheRightKey()
    {
        using var docs = new TempDocsFolder();
        await using var factory = new ReloadApiFactory(docs.Folder, watch: false);
        await using var api = factory.WithWebHostBuilder(builder => builder.UseSetting("TeamGraph:Limits:MaxFailedApiKeyAttempts", "3"));
        var client = api.CreateClient();

        var tries = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            tries.Add((await client.PostAsync(ReloadRequests.ReloadMutation, $"guess-{i}")).Status);
        }

        var (blocked, response, body) = await client.PostAsync(ReloadRequests.ReloadMutation, "guess-3");
        var (right, rightResponse, _) = await client.PostAsync(ReloadRequests.ReloadMutation, ReloadApiFactory.ApiKey);
        var (query, _, _) = await client.PostAsync("{ __typename }");

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], tries);
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked);
        Assert.Equal("TOO_MANY_FAILED_ATTEMPTS", body.Text("errors.0.extensions.code"));
        Assert.InRange(response.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Equal(HttpStatusCode.TooManyRequests, right);
        Assert.NotNull(rightResponse.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, query);
    }

    [Fact]
    public async Task Reload_WithNoKeyConfigured_Is403MutationsDisabled()
    {
        using var docs = new TempDocsFolder();
        await using var factory = new ReloadApiFactory(docs.Folder, apiKey: null, watch: false);

        var (status, _, body) = await factory.CreateClient().PostAsync(ReloadRequests.ReloadMutation, "anything");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("MUTATIONS_DISABLED", body.Text("errors.0.extensions.code"));
        Assert.Contains("TEAMGRAPH_API_KEY", body.Text("errors.0.message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_AcceptingOnlyJsonWithoutTheKey_IsStill401()
    {
        using var docs = new TempDocsFolder();
        await using var factory = new ReloadApiFactory(docs.Folder, watch: false);

        var (status, _, body) = await factory.CreateClient().PostAsync(ReloadRequests.ReloadMutation, accept: "application/json");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("UNAUTHENTICATED", body.Text("errors.0.extensions.code"));
    }

    [Fact]
    public async Task Reload_OverGetEvenWithTheKey_Is405AllowingPost()
    {
        using var docs = new TempDocsFolder();
        await using var factory = new ReloadApiFactory(docs.Folder, watch: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(ReloadRequests.ReloadMutation));
        request.Headers.Authorization = new("Bearer", ReloadApiFactory.ApiKey);

        var response = await factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }

    [Fact]
    public async Task Query_WithoutAKey_IsNotAffected()
    {
        using var docs = new TempDocsFolder();
        await using var factory = new ReloadApiFactory(docs.Folder, watch: false);

        var status = await factory.CreateClient().ReloadStatusAsync();

        Assert.True(status.GetProperty("succeeded").GetBoolean());
        Assert.Equal(8, status.GetProperty("documents").GetInt32());
    }
}
