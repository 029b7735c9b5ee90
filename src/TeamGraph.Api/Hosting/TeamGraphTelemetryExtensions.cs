using GraphQL.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using TeamGraph.Core.Telemetry;

namespace TeamGraph.Api.Hosting;

/// <summary>
/// Traces and metrics over OpenTelemetry, exported with OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set: HTTP
/// requests (ASP.NET Core), GraphQL executions (GraphQL.NET), calls to Neo4j (<c>HttpClient</c>), and TeamGraph's own
/// ingests and reloads (<see cref="TeamGraphTelemetry"/>). Without an endpoint, or with <c>OTEL_SDK_DISABLED=true</c>,
/// no SDK is registered, so nothing listens and nothing is measured.
/// </summary>
internal static class TeamGraphTelemetryExtensions
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ServiceNameVariable = "OTEL_SERVICE_NAME";
    public const string DisabledVariable = "OTEL_SDK_DISABLED";
    public const string DefaultServiceName = "teamgraph";

    /// <summary>Registers the SDK with the OTLP exporter when <see cref="IsExportConfigured"/>; nothing otherwise.</summary>
    public static WebApplicationBuilder AddTeamGraphTelemetry(this WebApplicationBuilder builder)
    {
        if (IsExportConfigured(builder.Configuration))
        {
            // The exporter reads OTEL_EXPORTER_OTLP_ENDPOINT, _PROTOCOL, _HEADERS and the rest from the configuration.
            builder.Services.AddTeamGraphInstrumentation(ServiceName(builder.Configuration))
                .WithTracing(tracing => tracing.AddOtlpExporter())
                .WithMetrics(metrics => metrics.AddOtlpExporter());
        }

        return builder;
    }

    /// <summary>Whether an OTLP endpoint is configured and the SDK is not disabled.</summary>
    public static bool IsExportConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[EndpointVariable])
        && !string.Equals(configuration[DisabledVariable]?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>OTEL_SERVICE_NAME</c>, or <see cref="DefaultServiceName"/>.</summary>
    public static string ServiceName(IConfiguration configuration) =>
        configuration[ServiceNameVariable] is { } name && !string.IsNullOrWhiteSpace(name) ? name.Trim() : DefaultServiceName;

    /// <summary>
    /// The SDK with every source, meter and instrumentation TeamGraph uses, and no exporter: the caller adds one (OTLP,
    /// or an in-memory one in tests). Health probes are not traced: an orchestrator polls them every few seconds.
    /// </summary>
    public static OpenTelemetryBuilder AddTeamGraphInstrumentation(this IServiceCollection services, string serviceName) =>
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                .AddSource(TeamGraphTelemetry.Name, GraphQLTelemetryProvider.SourceName)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(TeamGraphTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());

    /// <summary>
    /// Builds the providers, when registered, so that what runs before the host starts them (the start-up load) is
    /// already measured.
    /// </summary>
    public static void StartTeamGraphTelemetry(this IServiceProvider services)
    {
        _ = services.GetService<TracerProvider>();
        _ = services.GetService<MeterProvider>();
    }
}
