using GraphQL.Validation.Complexity;
using TeamGraph.Core.Queries;

namespace TeamGraph.Api.Http.Limits;

/// <summary>
/// The complexity of the root fields whose cost grows with their arguments (path searches, text search, diagrams),
/// so that the analyzer charges them for the work they do rather than as one object each.
/// </summary>
internal static class QueryFieldComplexity
{
    /// <summary>The cost of a chain search per allowed hop: paths multiply with every hop.</summary>
    public const double ChainImpactPerHop = 20;

    /// <summary>The cost of a reachability walk per allowed hop.</summary>
    public const double ReachImpactPerHop = 10;

    /// <summary>The cost of a text search over every card.</summary>
    public const double SearchImpact = 20;

    /// <summary>The cost of writing a diagram of a scope.</summary>
    public const double DiagramImpact = 50;

    /// <summary>The cost of auditing the whole team.</summary>
    public const double AuditImpact = 20;

    /// <summary>
    /// The share of its default complexity that introspection is charged: standard introspection queries (GraphiQL's)
    /// would otherwise cost over 600 000, and their real cost is bounded by the schema's size;
    /// <see cref="IntrospectionNestingValidationRule"/> keeps the discount from being abused.
    /// </summary>
    public const double IntrospectionShare = 0.05;

    /// <summary>
    /// The impact of <paramref name="context"/>'s field when it is one of the costly root fields; otherwise what
    /// <paramref name="fallback"/> (GraphQL.NET's default: 1 per field, list children times <c>first</c> or 5) says.
    /// </summary>
    public static FieldComplexityResult Of(FieldImpactContext context, Func<FieldImpactContext, FieldComplexityResult> fallback) =>
        context.FieldDefinition.Name is "__schema" or "__type" ? new(IntrospectionShare, IntrospectionShare)
        : context.ParentType.Name != "Query" ? fallback(context)
        : context.FieldDefinition.Name switch
        {
            "handoffChains" => new(
                ChainImpactPerHop * Argument(context, "maxHops", QueryLimits.DefaultChainHops, QueryLimits.MaxChainHops),
                Argument(context, "first", QueryLimits.DefaultChainPaths, QueryLimits.MaxChainPaths)),
            "reachable" => new(
                ReachImpactPerHop * Argument(context, "maxHops", QueryLimits.DefaultReachHops, QueryLimits.MaxReachHops),
                context.Configuration.DefaultListImpactMultiplier),
            "search" => new(SearchImpact, Argument(context, "first", QueryLimits.DefaultSearchHits, QueryLimits.MaxSearchHits)),
            "diagram" => new(DiagramImpact, 1),
            "audit" => new(AuditImpact, context.Configuration.DefaultListImpactMultiplier),
            _ => fallback(context),
        };

    /// <summary>The argument as the query layer will use it: the default when absent, clamped to what it allows.</summary>
    private static int Argument(FieldImpactContext context, string name, int fallback, int max) =>
        Math.Clamp(context.GetArgument(name, fallback), 1, max);
}
