using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamGraph.Api.Http;
using TeamGraph.Api.Http.Documents;
using TeamGraph.Api.Http.Limits;
using TeamGraph.Api.Http.Logging;
using ServiceLifetime = GraphQL.DI.ServiceLifetime;

namespace TeamGraph.Api.Hosting;

/// <summary>Wires <see cref="LimitsOptions"/> into GraphQL.NET and ASP.NET Core: validation rules, timeout, error masking, throttling, CORS.</summary>
internal static class TeamGraphLimitsExtensions
{
    /// <summary>The CORS policy built from <see cref="LimitsOptions.AllowedOrigins"/>.</summary>
    public const string CorsPolicyName = "TeamGraph";

    /// <summary>Checks the limits at start and registers CORS.</summary>
    public static IServiceCollection AddTeamGraphLimits(this IServiceCollection services)
    {
        services.AddOptions<TeamGraphOptions>()
            .Validate(options => AreValid(options.Limits),
                "TeamGraph:Limits: MaxDepth, MaxComplexity, MaxSelectedFields, MaxRequestBodyBytes, MaxFailedApiKeyAttempts, MaxSubscriptions, MaxSubscriptionsPerClient, "
                + "ExecutionTimeout, RequestTimeout, FailedApiKeyWindow, MaxSubscriptionLifetime and SubscriptionKeepAlive must be positive, MaxAliases, MaxFieldComparisons, MaxConcurrentQueries and MaxQueuedQueries at least 0.")
            .ValidateOnStart();
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FailedApiKeyThrottle>();
        services.AddSingleton<SubscriptionSlots>();
        services.AddSingleton<QuerySlots>();
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<TeamGraphOptions>>((cors, options) => cors.AddPolicy(CorsPolicyName, policy =>
            {
                var origins = options.Value.Limits.AllowedOrigins;
                _ = origins.Contains("*") ? policy.AllowAnyOrigin() : policy.WithOrigins([.. origins]);
                policy.WithMethods(HttpMethods.Get, HttpMethods.Post).AllowAnyHeader().WithExposedHeaders(RequestIdHeader.Name);
            }));
        return services;
    }

    /// <summary>
    /// The validation rules (<see cref="LimitValidationRules"/>; fewer on a document already validated, see
    /// <see cref="ValidatedDocumentCache"/>), the execution timeout, no metrics, and error masking outside Development.
    /// </summary>
    public static IGraphQLBuilder AddTeamGraphLimits(this IGraphQLBuilder builder, IHostEnvironment environment)
    {
        var development = environment.IsDevelopment();
        builder.Services.Register<LimitValidationRules>(ServiceLifetime.Singleton);
        builder.Services.Register<ValidatedDocumentCache>(ServiceLifetime.Singleton);
        return builder
            .ConfigureExecutionOptions(options =>
            {
                var services = options.RequestServices!;
                var rules = services.GetRequiredService<LimitValidationRules>();
                options.ValidationRules = rules.All;
                options.CachedDocumentValidationRules = rules.ForValidatedDocument;
                options.Timeout = Limits(services).ExecutionTimeout;
                options.TimeoutAction = TimeoutAction.ReturnTimeoutError;
                options.EnableMetrics = false;
            })
            .ConfigureExecution(services => services.GetRequiredService<ValidatedDocumentCache>())
            .AddErrorInfoProvider(errors =>
            {
                errors.ExposeExceptionDetails = development;
                errors.ExposeExceptionDetailsMode = ExposeExceptionDetailsMode.Extensions;
                errors.ExposeData = true;
            })
            .AddUnhandledExceptionHandler(context => UnhandledExceptionMasking.Handle(context, development));
    }

    /// <summary>
    /// Logs every request with its id (first, so that the line covers everything after it) and answers CORS requests
    /// when origins are allowed; with none allowed no CORS headers are sent, so browsers keep other sites out.
    /// </summary>
    public static WebApplication UseTeamGraphLimits(this WebApplication app)
    {
        app.UseMiddleware<RequestLoggingMiddleware>();
        if (app.Services.GetRequiredService<IOptions<TeamGraphOptions>>().Value.Limits.AllowedOrigins.Count > 0)
        {
            app.UseCors(CorsPolicyName);
        }

        return app;
    }

    private static bool AreValid(LimitsOptions limits) =>
        limits is { MaxDepth: > 0, MaxComplexity: > 0, MaxAliases: >= 0, MaxSelectedFields: > 0, MaxFieldComparisons: >= 0, MaxRequestBodyBytes: > 0, MaxFailedApiKeyAttempts: > 0 }
        && limits is { MaxSubscriptions: > 0, MaxSubscriptionsPerClient: > 0, MaxConcurrentQueries: >= 0, MaxQueuedQueries: >= 0 }
        && limits.ExecutionTimeout > TimeSpan.Zero && limits.RequestTimeout > TimeSpan.Zero && limits.FailedApiKeyWindow > TimeSpan.Zero
        && limits.MaxSubscriptionLifetime > TimeSpan.Zero && limits.SubscriptionKeepAlive > TimeSpan.Zero;

    private static LimitsOptions Limits(IServiceProvider services) => services.GetRequiredService<IOptions<TeamGraphOptions>>().Value.Limits;
}
