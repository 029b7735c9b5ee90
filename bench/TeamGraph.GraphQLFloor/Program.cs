// A GraphQL.NET floor for bench/load/graphql-memory.sh: GraphQL.NET 8 serving the role-card query over a JSON lines export
// held as plain objects (no TeamGraph code: no store, batching, limits, caches or logging), so that what GraphQL.NET's
// execution itself costs in time and memory under load is measured beside the API on the same graph.
// Usage: dotnet TeamGraph.GraphQLFloor.dll GRAPH.jsonl --urls http://127.0.0.1:PORT
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using GraphQL.Types;
using TeamGraph.GraphQLFloor;

var builder = WebApplication.CreateBuilder(args[1..]);
builder.Logging.ClearProviders();
builder.Services.AddSingleton(new ExportedGraph(args[0]));
// As the API does after each reload: what loading left behind is given back before serving.
GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
foreach (var type in typeof(FloorSchema).Assembly.GetTypes().Where(t => t.IsAssignableTo(typeof(IGraphType)) && !t.IsAbstract))
{
    builder.Services.AddSingleton(type);
}

builder.Services.AddSingleton<ISchema, FloorSchema>();
builder.Services.AddSingleton<IDocumentExecuter, DocumentExecuter>();
builder.Services.AddSingleton<IGraphQLTextSerializer, GraphQLSerializer>();
var app = builder.Build();
app.MapPost("/graphql", async (HttpContext http, IDocumentExecuter executer, IGraphQLTextSerializer serializer, ISchema schema) =>
{
    var request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
    var result = await executer.ExecuteAsync(new ExecutionOptions
    {
        Schema = schema,
        Query = request?.Query,
        Variables = request?.Variables,
        OperationName = request?.OperationName,
        RequestServices = http.RequestServices,
        CancellationToken = http.RequestAborted,
    });
    http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
    await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
});
app.Run();
