using System.Net.Http.Json;
using System.Text.Json;

namespace TeamGraph.Api.Tests;

/// <summary>Posts queries to /graphql and returns the answer's <c>data</c>, failing the test on any GraphQL error.</summary>
internal static class GraphQLTestClient
{
    public static async Task<JsonElement> QueryAsync(this HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables }, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, body);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.False(root.TryGetProperty("errors", out _), body);
        return root.GetProperty("data");
    }

    public static string Text(this JsonElement element, string path) => At(element, path).GetString()!;

    public static int Number(this JsonElement element, string path) => At(element, path).GetInt32();

    /// <summary>The element at a dotted path such as <c>role.skills.0.name</c>.</summary>
    public static JsonElement At(this JsonElement element, string path)
    {
        foreach (var part in path.Split('.'))
        {
            element = int.TryParse(part, out var index) ? element[index] : element.GetProperty(part);
        }

        return element;
    }
}
