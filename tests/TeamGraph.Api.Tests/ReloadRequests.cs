using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace TeamGraph.Api.Tests;

/// <summary>Reload-related requests: the mutation with or without a key, and what the served graph says.</summary>
internal static class ReloadRequests
{
    public const string ReloadMutation = "mutation { reload { succeeded message documents nodes relationships errors warnings loadedAt } }";

    /// <summary>POSTs <paramref name="query"/> with <c>Authorization: Bearer <paramref name="key"/></c> when a key is given.</summary>
    public static async Task<(HttpStatusCode Status, HttpResponseMessage Response, JsonElement Body)> PostAsync(
        this HttpClient client, string query, string? key = null, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(accept);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, response, JsonDocument.Parse(body).RootElement.Clone());
    }

    /// <summary>The names of the Backend Developer's skills as served now.</summary>
    public static async Task<IReadOnlyList<string>> BackendSkillsAsync(this HttpClient client)
    {
        var data = await client.QueryAsync("""{ role(id: "BE") { skills { name } } }""");
        return [.. data.At("role.skills").EnumerateArray().Select(s => s.GetProperty("name").GetString()!)];
    }

    /// <summary><c>Query.reloadStatus</c>.</summary>
    public static async Task<JsonElement> ReloadStatusAsync(this HttpClient client) =>
        (await client.QueryAsync("{ reloadStatus { succeeded message documents attemptedAt loadedAt } }")).At("reloadStatus");
}
