using GraphQL.Execution;
using GraphQL.Validation.Complexity;
using TeamGraph.Core.Queries;

namespace TeamGraph.GraphQL.Costs;

/// <summary>
/// The costs of the Query fields that are charged for the work they do rather than as one object each (path searches,
/// reach, text search, diagrams, the audit), declared on those fields with <see cref="FieldCost.WithCost{TField}"/>.
/// Arguments count as the query layer uses them: the default when absent, clamped to what <see cref="QueryLimits"/> allows.
/// </summary>
internal static class QueryFieldCosts
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

    /// <summary>What a list of no known size multiplies its children by: GraphQL.NET's default.</summary>
    private static readonly double UnknownListSize = new ComplexityOptions().DefaultListImpactMultiplier;

    /// <summary>
    /// <c>handoffChains</c>: per allowed hop. It is a connection, so its <c>edges</c> and <c>items</c> multiply their
    /// children by its <c>first</c>, as GraphQL.NET's model does for any connection.
    /// </summary>
    public static FieldComplexityResult HandoffChains(IDictionary<string, ArgumentValue>? arguments) => new(
        ChainImpactPerHop * Clamped(arguments, "maxHops", QueryLimits.DefaultChainHops, QueryLimits.MaxChainHops),
        1);

    /// <summary><c>reachable</c>: per allowed hop, and its children as a list of no known size.</summary>
    public static FieldComplexityResult Reachable(IDictionary<string, ArgumentValue>? arguments) => new(
        ReachImpactPerHop * Clamped(arguments, "maxHops", QueryLimits.DefaultReachHops, QueryLimits.MaxReachHops),
        UnknownListSize);

    /// <summary><c>search</c>: one search, and its children once per hit asked for.</summary>
    public static FieldComplexityResult Search(IDictionary<string, ArgumentValue>? arguments) =>
        new(SearchImpact, Clamped(arguments, "first", QueryLimits.DefaultSearchHits, QueryLimits.MaxSearchHits));

    /// <summary><c>diagram</c>: one diagram, its children once.</summary>
    public static FieldComplexityResult Diagram(IDictionary<string, ArgumentValue>? arguments) => new(DiagramImpact, 1);

    /// <summary><c>audit</c>: one audit, and its findings as a list of no known size.</summary>
    public static FieldComplexityResult Audit(IDictionary<string, ArgumentValue>? arguments) => new(AuditImpact, UnknownListSize);

    private static int Clamped(IDictionary<string, ArgumentValue>? arguments, string name, int fallback, int max) =>
        Math.Clamp(arguments?.TryGetValue(name, out var value) == true && value.Value is int number ? number : fallback, 1, max);
}
