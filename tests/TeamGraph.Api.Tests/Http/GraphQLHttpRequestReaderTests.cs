using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace TeamGraph.Api.Tests.Http;

/// <summary>Every malformed request is a 4xx with a GraphQL error body, never an empty 500 (issue #10).</summary>
public sealed class GraphQLHttpRequestReaderTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    public static TheoryData<string> MalformedBodies { get; } = new()
    {
        // Invalid UTF-8 inside a string: JsonDocument accepts it, GetString throws (the empty 500 of issue #10).
        "{\"query\":\"{ __typename }\",\"operationName\":\"\\xff\\xfe\"}",
        "{\"query\":\"{ __typename \\xc3\"}",
        "{\"query\":\"query($s: String) { search(text: $s) { text } }\",\"variables\":{\"s\":\"\\xed\\xa0\\x80\"}}",
        "{\"query\":\"{ __typename }\",\"extensions\":{\"k\":\"\\xff\"}}",
        // Invalid UTF-8 outside strings, and wrong JSON types.
        "{\"query\":\"{ __typename }\"\\xff}",
        "{\"query\":\"{ __typename }\",\"operationName\":7}",
        "{\"query\":\"{ __typename }\",\"operationName\":{}}",
        "{\"query\":\"{ __typename }\",\"variables\":[]}",
        "{\"query\":\"{ __typename }\",\"variables\":\"{}\"}",
        "{\"query\":\"{ __typename }\",\"extensions\":true}",
        "{\"query\":[\"{ __typename }\"]}",
        "{\"query\":null}",
        "\"{ __typename }\"",
        "",
        "{",
        // Numbers GraphQL.NET's converter cannot hold, and variables nested past JSON's depth limit.
        "{\"query\":\"query($n: Int) { __typename }\",\"variables\":{\"n\":1e400}}",
        "{\"query\":\"query($n: Int) { __typename }\",\"variables\":{\"n\":-1e999999}}",
        "{\"query\":\"query($n: Int) { __typename }\",\"variables\":{\"n\":" + new string('9', 5000) + "}}",
        "{\"query\":\"{ __typename }\",\"variables\":{\"v\":" + new string('[', 100) + new string(']', 100) + "}}",
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Post_MalformedBody_Is4xxWithAGraphQLError(string escaped)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Bytes(escaped)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        var status = (int)response.StatusCode;
        Assert.True(status is >= 400 and < 500 || status == 200, $"{status} for {escaped}");
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var body = JsonDocument.Parse(text);
        Assert.True(body.RootElement.GetProperty("errors").GetArrayLength() > 0 || status == 200, text);
    }

    [Fact]
    public async Task Post_DuplicateKeys_AreReadWithoutFailing()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ nope }","query":"{ __typename }"}""", Encoding.UTF8, "application/json"),
        };

        using var response = await factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, response.StatusCode.ToString());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(body.RootElement.TryGetProperty("data", out _) || body.RootElement.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Get_VariablesWithUnreadableNumbers_Is400()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query($n: Int) { __typename }") + "&variables=" + Uri.EscapeDataString("{\"n\":1e400}");

        using var response = await factory.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, body.RootElement.GetProperty("errors").GetArrayLength());
    }

    /// <summary>The UTF-8 of <paramref name="escaped"/>, with <c>\xHH</c> written as that raw byte.</summary>
    private static byte[] Bytes(string escaped)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '\\' && i + 3 < escaped.Length && escaped[i + 1] == 'x')
            {
                bytes.Add(Convert.ToByte(escaped.Substring(i + 2, 2), 16));
                i += 3;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(escaped[i].ToString()));
            }
        }

        return [.. bytes];
    }
}
