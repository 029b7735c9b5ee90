using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamGraph.Testing.Fakes;

/// <summary>
/// A loopback HTTP server that plays Neo4j's Query API as its documentation describes it (202 answers with
/// <c>data.fields/values</c>, <c>transaction.id/expires</c>, the <c>neo4j-cluster-affinity</c> header, <c>errors[]</c>
/// with 401 for bad credentials), records every request, and runs statements on a <see cref="FakeNeo4jGraph"/> whose
/// changes only become visible on commit. Failures can be queued to test retries and rollbacks.
/// </summary>
public sealed class FakeNeo4jServer : IAsyncDisposable
{
    public const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";

    private readonly HttpListener _listener;
    private readonly Task _loop;
    private readonly List<(string Code, string Message, HttpStatusCode Status, string? When)> _failures = [];
    private readonly Dictionary<string, FakeNeo4jGraph> _open = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private int _transactions;

    public FakeNeo4jServer(string? requiredAuthorization = null)
    {
        RequiredAuthorization = requiredAuthorization;
        (_listener, Uri) = Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri Uri { get; }

    public string? RequiredAuthorization { get; }

    public FakeNeo4jGraph Graph { get; private set; } = new();

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>Every statement the server ran (or refused), in order.</summary>
    public IEnumerable<string> Statements => Requests.Select(r => r.Statement).OfType<string>();

    /// <summary>
    /// The next request that runs a statement containing <paramref name="when"/> (any request but commit and rollback,
    /// when null) answers with this error instead, once.
    /// </summary>
    public void FailNext(string code, string message, HttpStatusCode status = HttpStatusCode.Accepted, string? when = null)
    {
        lock (_lock)
        {
            _failures.Add((code, message, status, when));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_listener.IsListening)
        {
            return;
        }

        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
        {
            // Stopping the listener ends the loop with one of these.
        }
    }

    private static (HttpListener, Uri) Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, new Uri($"http://127.0.0.1:{port}"));
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            var context = await _listener.GetContextAsync();
            try
            {
                await HandleAsync(context);
            }
            finally
            {
                context.Response.Close();
            }
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var request = new RecordedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"],
            context.Request.Headers[Neo4j.Client.Neo4jQueryClient.ClusterAffinityHeader], context.Request.Headers["Accept"], context.Request.ContentType, body);
        lock (_lock)
        {
            Requests.Add(request);
        }

        var (status, answer, affinity) = Answer(request);
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "application/json";
        if (affinity)
        {
            context.Response.Headers[Neo4j.Client.Neo4jQueryClient.ClusterAffinityHeader] = Affinity;
        }

        var bytes = Encoding.UTF8.GetBytes(answer.ToJsonString());
        await context.Response.OutputStream.WriteAsync(bytes);
    }

    private (HttpStatusCode Status, JsonObject Answer, bool Affinity) Answer(RecordedRequest request)
    {
        if (RequiredAuthorization is not null && request.Authorization != RequiredAuthorization)
        {
            return (HttpStatusCode.Unauthorized, Error("Neo.ClientError.Security.Unauthorized", "Invalid username or password."), false);
        }

        var parts = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts is not ["db", _, "query", "v2", ..])
        {
            return (HttpStatusCode.NotFound, [], false);
        }

        lock (_lock)
        {
            var closing = request.Method == "DELETE" || parts[^1] == "commit";
            var index = closing ? -1 : _failures.FindIndex(f => f.When is null || request.Statement?.Contains(f.When, StringComparison.Ordinal) == true);
            if (index >= 0)
            {
                var failure = _failures[index];
                _failures.RemoveAt(index);
                if (parts.Length == 6)
                {
                    _open.Remove(parts[5]);
                }

                return (failure.Status, Error(failure.Code, failure.Message), parts.Length > 4);
            }

            return parts[4..] switch
            {
                [] => (HttpStatusCode.Accepted, Run(Graph.Clone(), request, commit: true), false),
                ["tx"] => Begin(request),
                ["tx", var id] when request.Method == "DELETE" => Close(request, id, commit: false),
                ["tx", var id] => InTransaction(request, id, graph => Run(graph, request, commit: false)),
                ["tx", var id, "commit"] => Close(request, id, commit: true),
                _ => (HttpStatusCode.NotFound, [], false),
            };
        }
    }

    private (HttpStatusCode, JsonObject, bool) Begin(RecordedRequest request)
    {
        var id = $"tx{++_transactions}";
        var graph = Graph.Clone();
        _open[id] = graph;
        var answer = request.Statement is null ? new JsonObject() : Run(graph, request, commit: false);
        if (answer.ContainsKey("errors"))
        {
            _open.Remove(id);
            return (HttpStatusCode.Accepted, answer, true);
        }

        answer["transaction"] = new JsonObject { ["id"] = id, ["expires"] = "2024-10-22T15:48:29Z" };
        return (HttpStatusCode.Accepted, answer, true);
    }

    private (HttpStatusCode, JsonObject, bool) InTransaction(RecordedRequest request, string id, Func<FakeNeo4jGraph, JsonObject> run)
    {
        if (request.Affinity != Affinity || !_open.TryGetValue(id, out var graph))
        {
            return (HttpStatusCode.Accepted, Error("Neo.ClientError.Request.Invalid",
                $"Transaction with Id: \"{id}\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided."), true);
        }

        var answer = run(graph);
        if (answer.ContainsKey("errors"))
        {
            _open.Remove(id);
            return (HttpStatusCode.Accepted, answer, true);
        }

        answer["transaction"] = new JsonObject { ["id"] = id, ["expires"] = "2024-10-22T15:48:29Z" };
        return (HttpStatusCode.Accepted, answer, true);
    }

    private (HttpStatusCode, JsonObject, bool) Close(RecordedRequest request, string id, bool commit)
    {
        var (status, answer, affinity) = InTransaction(request, id, _ => []);
        if (answer.ContainsKey("errors"))
        {
            return (status, answer, affinity);
        }

        if (commit)
        {
            Graph = _open[id];
        }

        _open.Remove(id);
        answer.Remove("transaction");
        answer["bookmarks"] = new JsonArray("FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ");
        return (status, answer, affinity);
    }

    private JsonObject Run(FakeNeo4jGraph graph, RecordedRequest request, bool commit)
    {
        using var document = JsonDocument.Parse(request.Body);
        var parameters = document.RootElement.TryGetProperty("parameters", out var p) ? p : default;
        var answer = graph.Run(request.Statement ?? string.Empty, parameters);
        if (commit && !answer.ContainsKey("errors"))
        {
            Graph = graph;
        }

        return answer;
    }

    private static JsonObject Error(string code, string message) =>
        new() { ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) };
}
