using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TeamGraph.Api.Tests.Http.Logging;

public sealed class RequestLoggingMiddlewareTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private const string Category = "TeamGraph.Requests";

    [Fact]
    public async Task Request_LogsOneLineWithItsFieldsAndEchoesTheIncomingId()
    {
        var logs = new CapturingLoggerProvider();
        await using var api = Logged(logs);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "query Who($id: ID!) { role(id: $id) { name } }", variables = new { id = "QA-SECRET-VARIABLE" } }),
        };
        request.Headers.Add("X-Request-Id", "client-42");
        request.Headers.Authorization = new("Bearer", "TOKEN-NEVER-LOGGED");

        using var response = await api.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(["client-42"], response.Headers.GetValues("X-Request-Id"));
        var line = Assert.Single(logs.Entries, e => e.Category == Category);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Equal("POST", line.Fields["Method"]);
        Assert.Equal("/graphql", line.Fields["Path"]);
        Assert.Equal(200, line.Fields["StatusCode"]);
        Assert.Equal("Who", line.Fields["OperationName"]);
        Assert.Equal("client-42", line.Fields["RequestId"]);
        Assert.IsType<double>(line.Fields["DurationMs"]);
        var everything = string.Join("\n", logs.Entries.Select(e => e.Message + string.Join(",", e.Fields.Values)));
        Assert.DoesNotContain("QA-SECRET-VARIABLE", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("TOKEN-NEVER-LOGGED", everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OperationNameWithNewlineAndAnsiEscapes_IsLoggedEscapedOnOneLine()
    {
        var logs = new CapturingLoggerProvider();
        await using var api = Logged(logs);
        const string forged = "Q\ninfo: forged line \u001b[31mred\u001b[0m \u2028";

        using var response = await api.CreateClient().PostAsJsonAsync("/graphql", new { query = "query Q { __typename }", operationName = forged },
            TestContext.Current.CancellationToken);

        var line = Assert.Single(logs.Entries, e => e.Category == Category);
        Assert.Equal(@"Q\u000ainfo: forged line \u001b[31mred\u001b[0m \u2028", line.Fields["OperationName"]);
        Assert.DoesNotContain(line.Message, c => char.IsControl(c) || c == '\u2028');
    }

    [Fact]
    public async Task PathWithControlCharacters_IsLoggedEscaped()
    {
        var logs = new CapturingLoggerProvider();
        await using var api = Logged(logs);

        using var response = await api.CreateClient().GetAsync("/graphql%0Afake%1B[2J?query=%7B__typename%7D", TestContext.Current.CancellationToken);

        var line = Assert.Single(logs.Entries, e => e.Category == Category);
        Assert.DoesNotContain(line.Message, char.IsControl);
    }

    [Fact]
    public async Task GetRequest_LogsThePathWithoutTheQueryString()
    {
        var logs = new CapturingLoggerProvider();
        await using var api = Logged(logs);

        using var response = await api.CreateClient().GetAsync(
            "/graphql?query=" + Uri.EscapeDataString("{ role(id: \"QA\") { name } }") + "&variables=SECRET", TestContext.Current.CancellationToken);

        var line = Assert.Single(logs.Entries, e => e.Category == Category);
        Assert.Equal("/graphql", line.Fields["Path"]);
        Assert.DoesNotContain("SECRET", string.Join("\n", logs.Entries.Select(e => e.Message)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bad id with spaces")]
    [InlineData("line\u0001break")]
    public async Task InsaneIncomingId_IsReplacedByTheServersOwn(string incoming)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.TryAddWithoutValidation("X-Request-Id", incoming);

        using var response = await factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        var echoed = Assert.Single(response.Headers.GetValues("X-Request-Id"));
        Assert.NotEqual(incoming, echoed);
        Assert.Matches("^[A-Za-z0-9:._-]+$", echoed);
    }

    [Fact]
    public async Task NoIncomingId_GetsOne()
    {
        using var response = await factory.CreateClient().GetAsync("/health/live", TestContext.Current.CancellationToken);

        Assert.False(string.IsNullOrEmpty(Assert.Single(response.Headers.GetValues("X-Request-Id"))));
    }

    [Fact]
    public async Task DefaultLevels_WriteNoRequestLine_ButStillEchoTheId()
    {
        var logs = new CapturingLoggerProvider();
        await using var api = factory.WithWebHostBuilder(builder => builder
            .UseSetting("Logging:LogLevel:Default", "Information")
            .ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(logs))));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "query Q { __typename }" }) };
        request.Headers.Add("X-Request-Id", "client-43");

        using var response = await api.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(["client-43"], response.Headers.GetValues("X-Request-Id"));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(logs.Entries, e => e.Category == Category);
    }

    private WebApplicationFactory<Program> Logged(CapturingLoggerProvider logs) =>
        factory.WithWebHostBuilder(builder => builder
            .UseSetting("Logging:LogLevel:TeamGraph.Requests", "Information")
            .ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(logs))));
}
