using CsCheck;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Store;
using TeamGraph.GraphQL;
using TeamGraph.GraphQL.Serving;
using TeamGraph.Testing.Fuzzing;

namespace TeamGraph.Api.Tests.Fuzzing;

/// <summary>
/// Generated folders of role cards (the generators of <c>tests/TeamGraph.Testing/Fuzzing</c>) served as the API
/// serves them (<see cref="ServedGraph.Embedded"/>: ingest, embedded store, audit) and asked a query that selects
/// every field of the schema (<see cref="EveryFieldQuery"/>), executed in-process against the schema: no exception
/// escapes, the query validates and executes, no resolver fails unhandled (errors raised on purpose, such as an
/// unknown role in an empty team, are answers), and the result serialises. The HTTP layer's own request fuzzing lives elsewhere.
/// </summary>
public sealed class GraphQLPipelinePropertyTests : IDisposable
{
    private const long Folders = 150;
    private readonly ServiceProvider _services;
    private readonly ISchema _schema;
    private readonly IDocumentExecuter<ISchema> _executer;
    private readonly IGraphQLTextSerializer _serializer;

    public GraphQLPipelinePropertyTests()
    {
        var services = new ServiceCollection();
        services.AddGraphQL(builder => builder.AddTeamGraphSchema());
        _services = services.BuildServiceProvider();
        _schema = _services.GetRequiredService<ISchema>();
        _executer = _services.GetRequiredService<IDocumentExecuter<ISchema>>();
        _serializer = _services.GetRequiredService<IGraphQLTextSerializer>();
        _schema.Initialize();
    }

    [Fact]
    public void EveryFieldQuery_SelectsEveryFieldReachableFromQuery()
    {
        var (_, selected) = EveryFieldQuery.Build(_schema, "TL", "QA");

        Assert.Empty(EveryFieldQuery.ReachableFields(_schema).Except(selected).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryFieldQuery_OnTheSeed_AnswersWithoutErrors()
    {
        var ingest = new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed"), cancellationToken: TestContext.Current.CancellationToken);

        var problems = Problems(ingest, "seed");
        Assert.True(problems.Length == 0, problems);
    }

    [Fact]
    public void GeneratedFolders_EveryFieldQuery_AnswersWithoutErrors() =>
        Sample(root =>
        {
            var ingest = new FolderIngester().Ingest(root, cancellationToken: TestContext.Current.CancellationToken);
            if (Problems(ingest, root) is { Length: > 0 } problems)
            {
                throw new PropertyFailedException(problems);
            }
        });

    public void Dispose() => _services.Dispose();

    /// <summary>Serves <paramref name="ingest"/> and runs the every-field query; what went wrong, or "".</summary>
    private string Problems(IngestionResult ingest, string folder)
    {
        // When serving fails (the audit, today), the failure is reported and the query still runs on the graph without
        // findings, so that a resolver failure is not hidden behind it.
        var problems = "";
        ServedGraph served;
        try
        {
            served = ServedGraph.Embedded(ingest, folder, DateTimeOffset.UnixEpoch);
        }
#pragma warning disable CA1031 // The property is that nothing escapes: report the exception with its stage.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            problems = $"[serve: ingest, index and audit] {exception}\n";
            served = new ServedGraph(new EmbeddedGraphStore(ingest.Graph), GraphReport.OfGraph(ingest.Graph), new IngestedFolder(folder, ingest.LastGood));
        }

        var roles = ingest.Graph.Nodes.Where(n => n.Label == NodeLabels.Role).Select(n => n.Id).DefaultIfEmpty("nobody").ToList();
        var (query, _) = EveryFieldQuery.Build(_schema, roles[0], roles[^1]);
        try
        {
            var result = _executer.ExecuteAsync(options =>
            {
                options.Query = query;
                options.RequestServices = _services;
                options.UserContext = ServedGraphUserContext.Pin(served);
                options.ThrowOnUnhandledException = true;
                options.CancellationToken = TestContext.Current.CancellationToken;
            }).GetAwaiter().GetResult();
            var json = _serializer.Serialize(result);

            // Errors a resolver raises on purpose (an unknown role for an empty team) are answers; an unhandled
            // exception throws out of the executer (ThrowOnUnhandledException), and a query that does not validate
            // is not executed.
            return result.Executed && result.Errors?.All(e => e is not UnhandledError) != false
                ? problems
                : problems + $"[graphql] {string.Join("\n", (result.Errors ?? []).Select(e => $"{e.Code} {e.Message} at {string.Join('.', e.Path ?? [])}: {e.InnerException}"))}\n{json[..Math.Min(json.Length, 2000)]}";
        }
#pragma warning disable CA1031
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return problems + $"[graphql: exception escaped the executer] {exception}";
        }
    }

    private static void Sample(Action<string> property) =>
        FolderGen.Folder.Sample(folder =>
        {
            var root = Directory.CreateTempSubdirectory("teamgraph-fuzz-graphql-").FullName;
            try
            {
                folder.WriteTo(root);
                property(root);
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }, iter: Folders, threads: 1, print: folder => folder.ToString());
}
