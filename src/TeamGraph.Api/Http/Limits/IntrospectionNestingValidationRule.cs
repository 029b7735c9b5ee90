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

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var nesting = new Nesting(new FragmentIndex(context.Document));
        return new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, validation) =>
        {
            int deepest;
            try
            {
                deepest = nesting.Deepest(operation.SelectionSet, false);
            }
            catch (InsufficientExecutionStackException)
            {
                deepest = int.MaxValue;
            }

            if (deepest > MaxNesting)
            {
                validation.ReportError(new ValidationError(validation.Document.Source, null,
                    $"The introspection query nests fields, interfaces, possibleTypes or inputFields more than {MaxNesting} deep.", operation)
                {
                    Code = LimitErrorCodes.TooComplex,
                });
            }
        }));
    }

    /// <summary>
    /// The most type lists nested on a path through a selection set. A fragment's answer is kept (per whether it is
    /// spread inside introspection), so that fragments spreading each other many times are walked once each.
    /// </summary>
    private sealed class Nesting(FragmentIndex fragments)
    {
        private readonly Dictionary<(GraphQLFragmentDefinition, bool), int> _known = [];
        private readonly HashSet<GraphQLFragmentDefinition> _open = [];

        public int Deepest(GraphQLSelectionSet? selections, bool introspection)
        {
            if (selections is null)
            {
                return 0;
            }

            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            var deepest = 0;
            foreach (var selection in selections.Selections)
            {
                var nested = selection switch
                {
                    GraphQLField field when introspection || field.Name.Value.Span is "__schema" or "__type" =>
                        (IsTypeList(field) && introspection ? 1 : 0) + Deepest(field.SelectionSet, true),
                    GraphQLField field => Deepest(field.SelectionSet, false),
                    GraphQLInlineFragment inline => Deepest(inline.SelectionSet, introspection),
                    GraphQLFragmentSpread spread => Fragment(spread, introspection),
                    _ => 0,
                };
                deepest = Math.Max(deepest, nested);
            }

            return deepest;
        }

        private int Fragment(GraphQLFragmentSpread spread, bool introspection)
        {
            if (fragments.Find(spread) is not { } fragment || !_open.Add(fragment))
            {
                return 0;
            }

            if (!_known.TryGetValue((fragment, introspection), out var deepest))
            {
                _known[(fragment, introspection)] = deepest = Deepest(fragment.SelectionSet, introspection);
            }

            _open.Remove(fragment);
            return deepest;
        }
    }

    private static bool IsTypeList(GraphQLField field) =>
        field.Name.Value.Span is "fields" or "interfaces" or "possibleTypes" or "inputFields";
}
