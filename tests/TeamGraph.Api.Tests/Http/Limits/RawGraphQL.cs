using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TeamGraph.Api.Tests.Http.Limits;

/// <summary>Posts to /graphql and keeps whatever comes back, errors included; hosts the seed API with settings changed.</summary>
internal static class RawGraphQL
{
    public static WebApplicationFactory<Program> With(this SeedApiFactory factory, params (string Key, string Value)[] settings) =>
        factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostQueryAsync(this HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query }, TestContext.Current.CancellationToken);
        return (response.StatusCode, await BodyAsync(response));
    }

    public static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The <c>extensions.code</c> of the only error in <paramref name="body"/>.</summary>
    public static string? OnlyErrorCode(this JsonElement body)
    {
        var errors = body.GetProperty("errors");
        Assert.Equal(1, errors.GetArrayLength());
        return errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code) ? code.GetString() : null;
    }
}
