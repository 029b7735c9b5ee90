using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using TeamGraph.Core.Queries;

namespace TeamGraph.Api.Http.Limits;

/// <summary>
/// What one field costs: GraphQL.NET's v8 cost model (1 per field; a list multiplies its children by its <c>first</c> or
/// <c>last</c>, by 1 under an <c>id</c>, by its connection parent's <c>first</c>, else by <see cref="ListImpactMultiplier"/>;
/// <c>__Schema.types</c> and <c>directives</c> by their counts, as GraphQL.NET's own field delegates say),
/// except for the root fields whose cost grows with their arguments (path searches, text search, diagrams), which are
/// charged for the work they do rather than as one object each.
/// </summary>
internal static class QueryFieldComplexity
{
    /// <summary>What a list multiplies its children by when no argument says better (GraphQL.NET's default).</summary>
    public const double ListImpactMultiplier = 20;

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

    /// <summary>The impact of <paramref name="field"/> and what it multiplies its children's cost by.</summary>
    public static FieldComplexityResult Of(in FieldCostContext field) =>
        field.Definition.Name is "__schema" or "__type" ? new(IntrospectionShare, IntrospectionShare)
        : field.ParentType.Name == "__Schema" && field.Definition.Name == "types" ? new(1, field.Schema.AllTypes.Count)
        : field.ParentType.Name == "__Schema" && field.Definition.Name == "directives" ? new(1, field.Schema.Directives.Count)
        : field.ParentType.Name != "Query" ? Default(field)
        : field.Definition.Name switch
        {
            "handoffChains" => new(
                ChainImpactPerHop * Argument(field, "maxHops", QueryLimits.DefaultChainHops, QueryLimits.MaxChainHops),
                Argument(field, "first", QueryLimits.DefaultChainPaths, QueryLimits.MaxChainPaths)),
            "reachable" => new(
                ReachImpactPerHop * Argument(field, "maxHops", QueryLimits.DefaultReachHops, QueryLimits.MaxReachHops),
                ListImpactMultiplier),
            "search" => new(SearchImpact, Argument(field, "first", QueryLimits.DefaultSearchHits, QueryLimits.MaxSearchHits)),
            "diagram" => new(DiagramImpact, 1),
            "audit" => new(AuditImpact, ListImpactMultiplier),
            _ => Default(field),
        };

    /// <summary>GraphQL.NET 8's <c>ComplexityOptions.DefaultComplexityImpactDelegate</c>, with its default settings.</summary>
    private static FieldComplexityResult Default(in FieldCostContext field)
    {
        double multiplier = 1;
        var type = Unwrap(field.Definition.ResolvedType);
        while (type is ListGraphType list)
        {
            type = Unwrap(list.ResolvedType);
            multiplier *= ListImpactMultiplier;
        }

        const double impact = 1;
        if (!IsList(field.Definition))
        {
            return new(impact, multiplier);
        }

        if (Int(field.Arguments, "first") is { } first)
        {
            return new(impact, first);
        }

        if (Int(field.Arguments, "last") is { } last)
        {
            return new(impact, last);
        }

        if (field.Arguments?.ContainsKey("id") == true)
        {
            return new(impact, 1);
        }

        // A connection's list takes its size from the connection field's arguments.
        if (field.ParentDefinition is { } parent && !IsList(parent)
            && (Int(field.ParentArguments, "first") ?? Int(field.ParentArguments, "last")) is { } size)
        {
            return new(impact, size);
        }

        return new(impact, multiplier);
    }

    private static IGraphType? Unwrap(IGraphType? type) => type is NonNullGraphType nonNull ? nonNull.ResolvedType : type;

    private static bool IsList(FieldType field) => Unwrap(field.ResolvedType) is ListGraphType;

    private static int? Int(IDictionary<string, ArgumentValue>? arguments, string name) =>
        arguments?.TryGetValue(name, out var value) == true && value.Value is int number ? number : null;

    /// <summary>The argument as the query layer will use it: the default when absent, clamped to what it allows.</summary>
    private static int Argument(in FieldCostContext field, string name, int fallback, int max) =>
        Math.Clamp(Int(field.Arguments, name) ?? fallback, 1, max);
}
