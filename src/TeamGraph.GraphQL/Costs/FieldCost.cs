using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace TeamGraph.GraphQL.Costs;

/// <summary>
/// A field's cost under the complexity limit, declared on the field where its work grows with its arguments: what the
/// field itself costs and what it multiplies its children's cost by (GraphQL.NET's <see cref="FieldComplexityResult"/>),
/// from the field's argument values (variables applied, defaults filled in). Fields without one cost what GraphQL.NET 8's
/// default model says: 1, and a list multiplies its children by its <c>first</c> or by 20.
/// </summary>
/// <remarks>
/// <see cref="WithCost{TField}"/> stores the one cost function twice: as GraphQL.NET's complexity delegate
/// (<c>WithComplexityImpact</c>), so GraphQL.NET's own analyzer charges it, and as itself, for an analyzer that holds the
/// argument values but cannot make a <see cref="FieldImpactContext"/> (GraphQL.NET fills in its arguments only inside its
/// own analyzer): the API's complexity rule, which costs each fragment once rather than walking every spread.
/// </remarks>
public static class FieldCost
{
    private const string MetadataKey = "TeamGraph.FieldCost";

    /// <summary>Declares what <paramref name="field"/> costs, worked out by <paramref name="cost"/> from its argument values.</summary>
    public static TField WithCost<TField>(this TField field, Func<IDictionary<string, ArgumentValue>?, FieldComplexityResult> cost)
        where TField : IFieldMetadataWriter
    {
        field.WithMetadata(MetadataKey, cost);
        return field.WithComplexityImpact(context => cost(context.Arguments));
    }

    /// <summary>The cost declared on <paramref name="field"/> with <see cref="WithCost{TField}"/>; <see langword="null"/> when it has none.</summary>
    public static Func<IDictionary<string, ArgumentValue>?, FieldComplexityResult>? DeclaredCost(this FieldType field) =>
        field.GetMetadata<Func<IDictionary<string, ArgumentValue>?, FieldComplexityResult>?>(MetadataKey);
}
