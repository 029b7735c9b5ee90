using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using TeamGraph.GraphQL.Costs;

namespace TeamGraph.Api.Http.Limits;

/// <summary>
/// What one selected field costs: the cost declared on the field (<see cref="FieldCost"/>), else GraphQL.NET 8's default
/// model (1 per field; a list multiplies its children by its <c>first</c> or <c>last</c>, by 1 under an <c>id</c>, by its
/// connection parent's <c>first</c>, else by <see cref="ComplexityOptions.DefaultListImpactMultiplier"/>). Introspection's
/// <c>__schema</c> and <c>__type</c> cost the size of the schema, once, whatever they select: the answer cannot be larger,
/// since <see cref="IntrospectionNestingValidationRule"/> keeps them from nesting type lists more than 3 deep.
/// </summary>
internal static class FieldCostModel
{
    /// <summary>GraphQL.NET's defaults: 1 per field, 20 per list of no known size.</summary>
    private static readonly ComplexityOptions Defaults = new();

    /// <summary>The impact of <paramref name="field"/> and what it multiplies its children's cost by.</summary>
    public static FieldComplexityResult Of(in FieldCostContext field) =>
        field.Definition.DeclaredCost() is { } declared ? declared(field.Arguments)
        : field.Definition == field.Schema.SchemaMetaFieldType || field.Definition == field.Schema.TypeMetaFieldType
            ? new(SchemaSize(field.Schema), 0)
        : Default(field);

    private static readonly ConditionalWeakTable<ISchema, StrongBox<double>> SchemaSizes = [];

    /// <summary>What an introspection answer can hold: each type, field, argument, enum value and directive once.</summary>
    public static double SchemaSize(ISchema schema) => SchemaSizes.GetValue(schema, static schema =>
    {
        double size = schema.Directives.Count;
        foreach (var type in schema.AllTypes)
        {
            size += 1 + type switch
            {
                IComplexGraphType complex => complex.Fields.Sum(f => 1 + (f.Arguments?.Count ?? 0)),
                EnumerationGraphType enumeration => enumeration.Values.Count,
                _ => 0,
            };
        }

        return new StrongBox<double>(size);
    }).Value;

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
