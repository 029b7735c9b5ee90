using TeamGraph.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddEnvironmentVariables("TEAMGRAPH_");
builder.UseDefaultTeamGraphUrls();
builder.UseTeamGraphLogLevels();

builder.Services.AddTeamGraph(builder.Environment);
builder.AddTeamGraphTelemetry();

var app = builder.Build();

app.UseTeamGraphLimits();
if (!app.LoadTeamGraph())
{
    await app.DisposeAsync(); // flushes the log line that says why
    return 1;
}

app.MapTeamGraph();

app.Run();
return 0;

/// <summary>The API's entry point; public so that tests can host it with <c>WebApplicationFactory</c>.</summary>
public partial class Program;
