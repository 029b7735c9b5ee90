using System.Net;
using System.Text;
using TeamGraph.Neo4j.Client;
using TeamGraph.Testing.Fakes;

namespace TeamGraph.Neo4j.Tests.Client;

public sealed class Neo4jQueryClientTests : IAsyncDisposable
{
    private static readonly string BasicNeo4jSecret = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:sécret"));
    private readonly FakeNeo4jServer _server = new();
    private readonly HttpClient _http = new();

    [Fact]
    public async Task Run_SendsStatementParametersAndBasicAuthAsPlainJson()
    {
        var parameters = new Dictionary<string, object?> { ["value"] = new Dictionary<string, object?> { ["n"] = 2L, ["x"] = 2.0, ["tags"] = new[] { "a", "б" }, ["ok"] = true, ["none"] = null } };

        var result = await Client().RunAsync(new Neo4jQuery("RETURN $value AS value", parameters), TestContext.Current.CancellationToken);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(("POST", "/db/teams/query/v2"), (request.Method, request.Path));
        Assert.Equal(BasicNeo4jSecret, request.Authorization);
        Assert.Equal("application/json", request.Accept);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("""{"statement":"RETURN $value AS value","parameters":{"value":{"n":2,"x":2.0,"tags":["a","\u0431"],"ok":true,"none":null}}}""", request.Body);
        Assert.Equal(["value"], result.Fields);
        var decoded = Assert.IsType<Dictionary<string, object?>>(Neo4jValueDecoder.Decode(result.Value(0, "value")));
        Assert.Equal(2L, decoded["n"]);
        Assert.Equal(2.0, decoded["x"]);
        Assert.Equal(["a", "б"], Assert.IsType<string[]>(decoded["tags"]));
        Assert.Equal(true, decoded["ok"]);
        Assert.Null(decoded["none"]);
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"], result.Bookmarks);
    }

    [Fact]
    public async Task Run_WithToken_SendsBearerInsteadOfBasic()
    {
        await Client(o => o with { Token = "eyJ.token" }).RunAsync(Neo4jQuery.Ready, TestContext.Current.CancellationToken);

        Assert.Equal("Bearer eyJ.token", Assert.Single(_server.Requests).Authorization);
    }

    [Fact]
    public async Task Transaction_BeginRunCommit_EchoesTheClusterAffinityOnEveryLaterCall()
    {
        var value = await Client().ExecuteInTransactionAsync(
            async (tx, token) => Neo4jValueDecoder.Decode((await tx.RunAsync(Echo(42L), token)).Value(0, "value")),
            TestContext.Current.CancellationToken);

        Assert.Equal(42L, value);
        Assert.Equal(
            [("POST", "/db/teams/query/v2/tx", null), ("POST", "/db/teams/query/v2/tx/tx1", FakeNeo4jServer.Affinity), ("POST", "/db/teams/query/v2/tx/tx1/commit", FakeNeo4jServer.Affinity)],
            _server.Requests.Select(r => (r.Method, r.Path, r.Affinity)));
        Assert.All(_server.Requests, r => Assert.Equal(BasicNeo4jSecret, r.Authorization));
    }

    [Fact]
    public async Task Transaction_WorkThrows_RollsBackWithDeleteAndRethrows()
    {
        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => Client().ExecuteInTransactionAsync<int>(
            async (tx, token) =>
            {
                await tx.RunAsync(Echo(1L), token);
                throw new InvalidOperationException("the work failed");
            },
            TestContext.Current.CancellationToken));

        Assert.Equal("the work failed", thrown.Message);
        var last = _server.Requests[^1];
        Assert.Equal(("DELETE", "/db/teams/query/v2/tx/tx1", FakeNeo4jServer.Affinity), (last.Method, last.Path, last.Affinity));
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task Transaction_DisposedAfterCommit_SendsNoRollback()
    {
        var tx = await Client().BeginTransactionAsync(TestContext.Current.CancellationToken);
        await using (tx)
        {
            await tx.RunAsync(Echo(1L), TestContext.Current.CancellationToken);
            await tx.CommitAsync(TestContext.Current.CancellationToken);
        }

        Assert.False(tx.IsOpen);
        Assert.DoesNotContain(_server.Requests, r => r.Method == "DELETE");
        await Assert.ThrowsAsync<InvalidOperationException>(() => tx.RunAsync(Echo(1L), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Run_TransientNeo4jError_IsRetried()
    {
        _server.FailNext("Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire lock");

        var result = await Client().RunAsync(Echo(7L), TestContext.Current.CancellationToken);

        Assert.Equal(7L, result.Value(0, "value").GetInt64());
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Run_ServiceUnavailable_IsRetried()
    {
        _server.FailNext("Neo.TransientError.General.DatabaseUnavailable", "The database is starting.", HttpStatusCode.ServiceUnavailable);

        await Client().RunAsync(Echo(7L), TestContext.Current.CancellationToken);

        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Run_ClientError_IsNotRetriedAndCarriesNeo4jsCodeAndMessage()
    {
        _server.FailNext("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN'");

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client().RunAsync(Echo(1L), TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal("Invalid input 'RETRUN'", error.Neo4jMessage);
        Assert.False(error.IsTransient);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Run_WrongPassword_Is401UnauthorizedAndNeverShowsThePassword()
    {
        await using var server = new FakeNeo4jServer(requiredAuthorization: "Basic other");

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(o => o with { Uri = server.Uri }).RunAsync(Echo(1L), TestContext.Current.CancellationToken));

        Assert.Equal(("Neo.ClientError.Security.Unauthorized", HttpStatusCode.Unauthorized), (error.Code, error.StatusCode));
        Assert.Single(server.Requests);
        Assert.DoesNotContain("sécret", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NothingListening_IsAConnectionFailureAfterTheRetries()
    {
        var uri = _server.Uri;
        await _server.DisposeAsync();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(o => o with { Uri = uri, MaxRetryAttempts = 2 }).RunAsync(Echo(1L), TestContext.Current.CancellationToken));

        Assert.Equal(Neo4jErrorCodes.ConnectionFailed, error.Code);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Run_ServerNeverAnswers_TimesOut()
    {
        using var silent = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var uri = new Uri($"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}");

        var error = await Assert.ThrowsAsync<Neo4jException>(() =>
            Client(o => o with { Uri = uri, RequestTimeout = TimeSpan.FromMilliseconds(200), MaxRetryAttempts = 0 }).RunAsync(Echo(1L), TestContext.Current.CancellationToken));

        Assert.Equal(Neo4jErrorCodes.Timeout, error.Code);
    }

    [Fact]
    public async Task Run_CancelledByTheCaller_ThrowsOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client().RunAsync(Echo(1L), cancelled.Token));
    }

    [Fact]
    public async Task Run_NotJson_IsAnInvalidResponse()
    {
        var error = await Assert.ThrowsAsync<Neo4jException>(() =>
            Client(o => o with { Uri = new Uri(_server.Uri, "/elsewhere/") }).RunAsync(Echo(1L), TestContext.Current.CancellationToken));

        Assert.Equal((Neo4jErrorCodes.HttpError, HttpStatusCode.NotFound), (error.Code, error.StatusCode));
    }

    [Fact]
    public async Task Run_NonFiniteDouble_IsRefusedBeforeSending()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Client().RunAsync(Echo(double.NaN), TestContext.Current.CancellationToken));

        Assert.Empty(_server.Requests);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private static Neo4jQuery Echo(object? value) => new("RETURN $value AS value", new Dictionary<string, object?> { ["value"] = value });

    private Neo4jQueryClient Client(Func<Neo4jOptions, Neo4jOptions>? change = null)
    {
        var options = new Neo4jOptions
        {
            Uri = _server.Uri,
            Database = "teams",
            User = "neo4j",
            Password = "sécret",
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        };
        return new Neo4jQueryClient(_http, change is null ? options : change(options));
    }
}
