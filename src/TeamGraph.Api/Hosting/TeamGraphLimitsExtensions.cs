using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamGraph.Api.Http;
using TeamGraph.Api.Http.Limits;
using TeamGraph.Api.Http.Logging;

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
                + "ExecutionTimeout, RequestTimeout, FailedApiKeyWindow, MaxSubscriptionLifetime and SubscriptionKeepAlive must be positive, MaxAliases and MaxFieldComparisons at least 0.")
            .ValidateOnStart();
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FailedApiKeyThrottle>();
        services.AddSingleton<SubscriptionSlots>();
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
    /// The validation rules in their order (below), the execution timeout, and error masking outside Development.
    /// </summary>
    public static IGraphQLBuilder AddTeamGraphLimits(this IGraphQLBuilder builder, IHostEnvironment environment)
    {
        var development = environment.IsDevelopment();
        return builder
            .ConfigureExecutionOptions(options =>
            {
                var limits = Limits(options.RequestServices!);
                options.ValidationRules = ValidationRules(limits);
                options.Timeout = limits.ExecutionTimeout;
                options.TimeoutAction = TimeoutAction.ReturnTimeoutError;
            })
            .AddErrorInfoProvider(errors =>
            {
                errors.ExposeExceptionDetails = development;
                errors.ExposeExceptionDetailsMode = ExposeExceptionDetailsMode.Extensions;
                errors.ExposeData = true;
            })
            .AddUnhandledExceptionHandler(context => UnhandledExceptionMasking.Handle(context, development));
    }

    /// <summary>
    /// The document size caps first, and every other rule skipped when they refuse: GraphQL.NET's rules all run in one walk
    /// of the document, and some cannot be bounded by a timeout (validation does not look at cancellation):
    /// <c>OverlappingFieldsCanBeMerged</c>'s work grows with the square of repeated fields, and the fragment walks of
    /// <c>NoUnusedFragments</c> and <c>NoUndefinedVariables</c> recurse once per nested fragment, so a chain of a few
    /// thousand fragments overflows the stack and ends the process. Then GraphQL.NET's rules, ours, and the complexity
    /// rule last (it runs only on an otherwise valid document).
    /// </summary>
    private static List<IValidationRule> ValidationRules(LimitsOptions limits)
    {
        IValidationRule[] rules =
        [
            .. DocumentValidator.CoreRules,
            new MaxAliasesValidationRule(limits.MaxAliases),
            new IntrospectionSwitchValidationRule(limits.EnableIntrospection),
            IntrospectionNestingValidationRule.Instance,
            new QueryComplexityValidationRule(limits.MaxDepth, limits.MaxComplexity),
        ];
        return
        [
            new DocumentSizeValidationRule(limits.MaxSelectedFields, limits.MaxFieldComparisons),
            .. rules.Select(rule => new SkippedAfterErrorsValidationRule(rule)),
        ];
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
        && limits is { MaxSubscriptions: > 0, MaxSubscriptionsPerClient: > 0 }
        && limits.ExecutionTimeout > TimeSpan.Zero && limits.RequestTimeout > TimeSpan.Zero && limits.FailedApiKeyWindow > TimeSpan.Zero
        && limits.MaxSubscriptionLifetime > TimeSpan.Zero && limits.SubscriptionKeepAlive > TimeSpan.Zero;

    private static LimitsOptions Limits(IServiceProvider services) => services.GetRequiredService<IOptions<TeamGraphOptions>>().Value.Limits;
}
