using TeamGraph.Api.Http.Logging;

namespace TeamGraph.Api.Hosting;

/// <summary>Log levels the API starts from, below every configuration source so that any of them can change them.</summary>
internal static class TeamGraphLoggingExtensions
{
    /// <summary>
    /// Information for the API, except its one line per request (<see cref="RequestLoggingMiddleware.Category"/>), which is
    /// at Warning, i.e. off, unless configured at Information: a console line per request cost 10-20% of the throughput of
    /// light queries. Warning for ASP.NET Core: the API's request line replaces the framework's "Request starting" lines,
    /// which would also write GET query strings, and with them the variables, to the log.
    /// Warning for HttpClient too: its Information lines are four per Neo4j call, and a refused connection to Neo4j
    /// is already one reload line saying why.
    /// </summary>
    public static WebApplicationBuilder UseTeamGraphLogLevels(this WebApplicationBuilder builder)
    {
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = DefaultLevels });
        return builder;
    }

    /// <summary>The levels, as configuration keys and values (<c>appsettings.json</c> repeats them).</summary>
    public static IReadOnlyDictionary<string, string?> DefaultLevels { get; } = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["Logging:LogLevel:Default"] = "Information",
        [$"Logging:LogLevel:{RequestLoggingMiddleware.Category}"] = "Warning",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
    };
}
