using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using TeamGraph.GraphQL.Costs;

namespace TeamGraph.Api.Http.Limits;

/// <summary>
/// What one selected field costs: the cost declared on the field (<see cref="FieldCost"/>), else GraphQL.NET 8's default
/// model (1 per field; a list multiplies its children by its <c>first</c> or <c>last</c>, by 1 under an <c>id</c>, by its
/// connection parent's <c>first</c>, else by <see cref="ComplexityOptions.DefaultListImpactMultiplier"/>). Introspection's
/// meta fields are GraphQL's, not the schema's, so they are costed here: <c>__Schema.types</c> and <c>directives</c> by
/// their counts, as GraphQL.NET's own delegates on them say (which need its analyzer's context to run), and
/// <c>__schema</c> and <c>__type</c> at <see cref="IntrospectionShare"/>.
/// </summary>
internal static class FieldCostModel
{
    /// <summary>
    /// The share of its default complexity that introspection is charged: standard introspection queries (GraphiQL's)
    /// would otherwise cost over 600 000, and their real cost is bounded by the schema's size;
    /// <see cref="IntrospectionNestingValidationRule"/> keeps the discount from being abused.
    /// </summary>
    public const double IntrospectionShare = 0.05;

    /// <summary>GraphQL.NET's defaults: 1 per field, 20 per list of no known size.</summary>
    private static readonly ComplexityOptions Defaults = new();

    /// <summary>The impact of <paramref name="field"/> and what it multiplies its children's cost by.</summary>
    public static FieldComplexityResult Of(in FieldCostContext field) =>
        field.Definition.DeclaredCost() is { } declared ? declared(field.Arguments)
        : field.Definition == field.Schema.SchemaMetaFieldType || field.Definition == field.Schema.TypeMetaFieldType
            ? new(IntrospectionShare, IntrospectionShare)
        : field.ParentType.Name == "__Schema" && field.Definition.Name == "types" ? new(Defaults.DefaultScalarImpact, field.Schema.AllTypes.Count)
        : field.ParentType.Name == "__Schema" && field.Definition.Name == "directives" ? new(Defaults.DefaultScalarImpact, field.Schema.Directives.Count)
        : Default(field);

    /// <summary>GraphQL.NET 8's <c>ComplexityOptions.DefaultComplexityImpactDelegate</c>, with its default settings.</summary>
    private static FieldComplexityResult Default(in FieldCostContext field)
    {
        double multiplier = 1;
        var type = Unwrap(field.Definition.ResolvedType);
        while (type is ListGraphType list)
        {
            type = Unwrap(list.ResolvedType);
            multiplier *= Defaults.DefaultListImpactMultiplier;
        }

        var impact = type is ScalarGraphType ? Defaults.DefaultScalarImpact : Defaults.DefaultObjectImpact;
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
}
