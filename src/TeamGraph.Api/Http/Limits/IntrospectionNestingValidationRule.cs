using GraphQL.Validation;
using GraphQLParser.AST;

namespace TeamGraph.Api.Http.Limits;

/// <summary>
/// Refuses introspection that nests <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> or <c>inputFields</c> more
/// than <see cref="MaxNesting"/> deep (graphql-js's <c>MaxIntrospectionDepthRule</c>). Standard introspection queries
/// nest them once; deeper nesting only multiplies the answer, and the complexity analyzer, which charges introspection
/// at a discount so that those standard queries pass, would underrate it.
/// </summary>
internal sealed class IntrospectionNestingValidationRule : ValidationRuleBase
{
    public const int MaxNesting = 3;

    public static IntrospectionNestingValidationRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, validation) =>
        {
            if (Deepest(operation.SelectionSet, validation.Document, 0, false, []) > MaxNesting)
            {
                validation.ReportError(new ValidationError(validation.Document.Source, null,
                    $"The introspection query nests fields, interfaces, possibleTypes or inputFields more than {MaxNesting} deep.", operation)
                {
                    Code = LimitErrorCodes.TooComplex,
                });
            }
        }));

    private static int Deepest(GraphQLSelectionSet? selections, GraphQLDocument document, int depth, bool introspection, HashSet<string> fragments)
    {
        if (selections is null || depth > MaxNesting)
        {
            return depth;
        }

        var deepest = depth;
        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    var inside = introspection || field.Name.Value.Span is "__schema" or "__type";
                    var nested = depth + (inside && IsTypeList(field) ? 1 : 0);
                    deepest = Math.Max(deepest, Deepest(field.SelectionSet, document, nested, inside, fragments));
                    break;
                case GraphQLInlineFragment inline:
                    deepest = Math.Max(deepest, Deepest(inline.SelectionSet, document, depth, introspection, fragments));
                    break;
                case GraphQLFragmentSpread spread when fragments.Add(spread.FragmentName.Name.StringValue):
                    var definition = document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(f => f.FragmentName.Name == spread.FragmentName.Name);
                    deepest = Math.Max(deepest, Deepest(definition?.SelectionSet, document, depth, introspection, fragments));
                    fragments.Remove(spread.FragmentName.Name.StringValue);
                    break;
            }
        }

        return deepest;
    }

    private static bool IsTypeList(GraphQLField field) =>
        field.Name.Value.Span is "fields" or "interfaces" or "possibleTypes" or "inputFields";
}
