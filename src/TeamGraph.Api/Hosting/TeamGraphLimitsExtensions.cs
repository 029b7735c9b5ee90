using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamGraph.Api.Http.Limits;
using TeamGraph.Api.Http.Logging;

namespace TeamGraph.Api.Hosting;

/// <summary>Wires <see cref="LimitsOptions"/> into GraphQL.NET and ASP.NET Core: analyzers, rules, timeout, error masking, CORS.</summary>
internal static class TeamGraphLimitsExtensions
{
    /// <summary>The CORS policy built from <see cref="LimitsOptions.AllowedOrigins"/>.</summary>
    public const string CorsPolicyName = "TeamGraph";

    /// <summary>Checks the limits at start and registers CORS.</summary>
    public static IServiceCollection AddTeamGraphLimits(this IServiceCollection services)
    {
        services.AddOptions<TeamGraphOptions>()
            .Validate(options => AreValid(options.Limits),
                "TeamGraph:Limits: MaxDepth, MaxComplexity, MaxRequestBodyBytes and ExecutionTimeout must be positive, MaxAliases at least 0.")
            .ValidateOnStart();
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
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
    /// Depth and complexity (GraphQL.NET's v8 analyzer), aliases, the introspection switch, the execution timeout, and
    /// error masking outside Development.
    /// </summary>
    public static IGraphQLBuilder AddTeamGraphLimits(this IGraphQLBuilder builder, IHostEnvironment environment)
    {
        var development = environment.IsDevelopment();
        return builder
            .AddComplexityAnalyzer((complexity, services) =>
            {
                var limits = Limits(services);
                complexity.MaxDepth = limits.MaxDepth;
                complexity.MaxComplexity = limits.MaxComplexity;
                var fallback = complexity.DefaultComplexityImpactDelegate;
                complexity.DefaultComplexityImpactDelegate = context => QueryFieldComplexity.Of(context, fallback);
            })
            .AddValidationRule(services => new MaxAliasesValidationRule(Limits(services).MaxAliases))
            .AddValidationRule(services => new IntrospectionSwitchValidationRule(Limits(services).EnableIntrospection))
            .AddValidationRule(IntrospectionNestingValidationRule.Instance)
            .ConfigureExecutionOptions(options =>
            {
                options.Timeout = Limits(options.RequestServices!).ExecutionTimeout;
                options.TimeoutAction = TimeoutAction.ReturnTimeoutError;
            })
            .AddErrorInfoProvider(errors =>
            {
                errors.ExposeExceptionDetails = development;
                errors.ExposeExceptionDetailsMode = ExposeExceptionDetailsMode.Extensions;
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
        limits is { MaxDepth: > 0, MaxComplexity: > 0, MaxAliases: >= 0, MaxRequestBodyBytes: > 0 } && limits.ExecutionTimeout > TimeSpan.Zero;

    private static LimitsOptions Limits(IServiceProvider services) => services.GetRequiredService<IOptions<TeamGraphOptions>>().Value.Limits;
}
