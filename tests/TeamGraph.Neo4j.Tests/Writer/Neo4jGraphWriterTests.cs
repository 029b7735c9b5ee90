using TeamGraph.Core.Graph;
using TeamGraph.Neo4j.Client;
using TeamGraph.Neo4j.Writer;
using TeamGraph.Testing.Fakes;

namespace TeamGraph.Neo4j.Tests.Writer;

public sealed class Neo4jGraphWriterTests : IAsyncDisposable
{
    private static readonly string[] UndeclaredBy = ["role:QA"];
    private readonly FakeNeo4jServer _server = new();
    private readonly HttpClient _http = new();

    [Fact]
    public async Task Write_NewGraph_CreatesEverythingInOneTransactionAndASecondWriteChangesNothing()
    {
        var first = await Writer().WriteAsync(Graph(), "seed", cancellationToken: TestContext.Current.CancellationToken);
        var second = await Writer().WriteAsync(Graph(), "seed", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(new GraphWriteSummary(3, 0, 0, 2, 0, 0), first);
        Assert.Equal("no changes", second.ToString());
        Assert.Equal(2, _server.Requests.Count(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)));
        Assert.Equal(2, _server.Requests.Count(r => r.Path.EndsWith("/tx", StringComparison.Ordinal)));
        Assert.Equal("Инженер DevOps", _server.Graph.Nodes[("Role", "role:DO")].Properties["name"]);
        Assert.Equal("seed", _server.Graph.Nodes[("Role", "role:DO")].Properties["ingestScope"]);
        Assert.Equal(true, _server.Graph.Nodes[("Role", "role:DO")].Properties["documented"]);
        Assert.Equal("Release", _server.Graph.Nodes[("Handoff", "handoff:1")].Properties["what"]);
    }

    [Fact]
    public async Task Write_ChangedGraph_UpdatesChangedAndDeletesWhatTheScopeNoLongerHas()
    {
        await Writer().WriteAsync(Graph(), "seed", cancellationToken: TestContext.Current.CancellationToken);
        var changed = new PropertyGraph(
            [Node("role:DO", "Role", "DevOps"), Node("role:QA", "Role", "QA")],
            [new GraphRelationship("meets:1", RelationshipTypes.Meets, "role:DO", "role:QA", Props(("source", "roles/do.md:9")))]);

        var summary = await Writer().WriteAsync(changed, "seed", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(new GraphWriteSummary(0, 1, 1, 1, 0, 2), summary);
        Assert.Equal(["role:DO", "role:QA"], _server.Graph.Nodes.Keys.Select(k => k.Id).Order());
        Assert.Equal(["meets:1"], _server.Graph.Relationships.Keys.Select(k => k.Id));
    }

    [Fact]
    public async Task Write_AnotherScope_LeavesTheFirstScopesNodesAlone()
    {
        await Writer().WriteAsync(Graph(), "seed", cancellationToken: TestContext.Current.CancellationToken);

        var summary = await Writer().WriteAsync(new PropertyGraph([Node("role:PM", "Role", "PM")], []), "other", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(new GraphWriteSummary(1, 0, 0, 0, 0, 0), summary);
        Assert.Equal(4, _server.Graph.Nodes.Count);
    }

    [Fact]
    public async Task Write_StatementFails_RollsBackAndLeavesTheStoredGraphAsItWas()
    {
        await Writer().WriteAsync(Graph(), "seed", cancellationToken: TestContext.Current.CancellationToken);
        var before = _server.Graph;
        _server.FailNext("Neo.ClientError.Schema.ConstraintValidationFailed", "Node already exists", when: "DETACH DELETE");

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Writer().WriteAsync(new PropertyGraph([], []), "seed", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Same(before, _server.Graph);
        Assert.Equal("DELETE", _server.Requests[^1].Method);
    }

    [Fact]
    public async Task Write_TransientFailureMidway_RetriesTheWholeTransaction()
    {
        _server.FailNext("Neo.TransientError.Transaction.DeadlockDetected", "deadlock", when: "OPTIONAL MATCH (a)-[old:`GIVES`");

        var summary = await Writer().WriteAsync(Graph(), "seed", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(new GraphWriteSummary(3, 0, 0, 2, 0, 0), summary);
        Assert.Equal(2, _server.Requests.Count(r => r.Path.EndsWith("/tx", StringComparison.Ordinal)));
        Assert.Single(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Write_SendsOnlyTheFixedStatementsWithEveryValueAParameter()
    {
        var progress = new List<GraphWriteProgress>();

        await new Neo4jGraphWriter(Client(), new Neo4jGraphWriterOptions { BatchSize = 1 })
            .WriteAsync(Graph(), "seed", progress: new Progress(progress), cancellationToken: TestContext.Current.CancellationToken);

        var known = GraphWriteStatements.All().ToHashSet();
        Assert.All(_server.Statements, statement => Assert.Contains(statement, known));
        Assert.DoesNotContain(_server.Statements, s => s.Contains("role:DO", StringComparison.Ordinal) || s.Contains("seed", StringComparison.Ordinal));
        Assert.Equal(3 + 2 + RelationshipTypes.All.Count + NodeLabels.All.Count, progress.Count);
        Assert.Equal(progress.Count, progress[^1].Total);
    }

    [Fact]
    public async Task Write_LabelOutsideTheVocabulary_IsRefusedBeforeAnythingIsSent()
    {
        var graph = new PropertyGraph([Node("x", "Robert'); DROP", "x")], []);

        await Assert.ThrowsAsync<ArgumentException>(() => Writer().WriteAsync(graph, "seed", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Write_ElementMissingARequiredProperty_IsRefusedBeforeAnythingIsSent()
    {
        var graph = new PropertyGraph([new GraphNode("role:DO", NodeLabels.Role, Props(("source", "roles/do.md:1"), ("code", "DO")))], []);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Writer().WriteAsync(graph, "seed", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("'name'", error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private static PropertyGraph Graph() => new(
        [Node("role:DO", "Role", "Инженер DevOps"), Node("role:QA", "Role", "QA"), Node("handoff:1", "Handoff", null)],
        [
            new GraphRelationship("gives:1", RelationshipTypes.Gives, "role:DO", "handoff:1", Props(("source", "roles/do.md:3"))),
            new GraphRelationship("to:1", RelationshipTypes.To, "handoff:1", "role:QA", Props(("source", "roles/do.md:3"))),
        ]);

    /// <summary>A role named <paramref name="name"/>, or (without a name) a handoff, with what their schemas require.</summary>
    private static GraphNode Node(string id, string label, string? name) =>
        new(id, label, name is null
            ? Props(("source", "roles/do.md:1"), ("what", "Release"), ("status", "CONFIRMED"), ("undeclaredBy", UndeclaredBy))
            : Props(("source", "roles/do.md:1"), ("code", id[(id.IndexOf(':', StringComparison.Ordinal) + 1)..]), ("name", name), ("documented", true)));

    private static Dictionary<string, object> Props(params (string Key, object Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    private Neo4jGraphWriter Writer() => new(Client());

    private Neo4jQueryClient Client() =>
        new(_http, new Neo4jOptions { Uri = _server.Uri, User = "neo4j", Password = "pw", RetryBaseDelay = TimeSpan.FromMilliseconds(1) });

    private sealed class Progress(List<GraphWriteProgress> seen) : IProgress<GraphWriteProgress>
    {
        public void Report(GraphWriteProgress value) => seen.Add(value);
    }
}
