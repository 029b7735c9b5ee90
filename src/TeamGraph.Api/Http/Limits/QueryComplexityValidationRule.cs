using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace TeamGraph.Api.Http.Limits;

/// <summary>
/// Refuses operations deeper than <paramref name="maxDepth"/> fields or costlier than <paramref name="maxComplexity"/>
/// under <see cref="FieldCostModel"/>'s cost model. Replaces GraphQL.NET's analyzer, which walks every fragment
/// spread afresh: a 1 kB document whose fragments each spread the next twice makes it walk 2^depth fields (24 s at depth
/// 24, never done at 40). Here a fragment is costed once per enclosing field (its list multipliers may read that field's
/// arguments) and the result multiplied, so the work is linear in the document, whatever it expands to.
/// </summary>
/// <remarks>
/// Runs after the other rules (a post-visitor, with argument values parsed) and only on documents without errors, so
/// fragment cycles and unknown fields or fragments have already been refused; it still stops at them rather than trust it.
/// Depth counts fields on the longest path, as GraphQL.NET's analyzer does (<c>{ a { b } }</c> is 2).
/// </remarks>
internal sealed class QueryComplexityValidationRule(int maxDepth, int maxComplexity) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (context.HasErrors)
        {
            return default;
        }

        string? problem;
        try
        {
            var (complexity, depth) = new Analysis(context).Operation(context.Operation);
            problem = depth > maxDepth
                ? $"Query is too nested to execute. Maximum depth is {depth} levels; maximum allowed on this endpoint is {maxDepth}."
                : complexity > maxComplexity
                    ? $"Query is too complex to execute. Complexity is {complexity}; maximum allowed on this endpoint is {maxComplexity}."
                    : null;
        }
        catch (InsufficientExecutionStackException)
        {
            problem = "Query is too complex to execute: its fragments nest too deep.";
        }

        if (problem is not null)
        {
            context.ReportError(new ValidationError(context.Document.Source, null, problem, context.Operation) { Code = LimitErrorCodes.TooComplex });
        }

        return default;
    }

    /// <summary>A selection's cost for a standing multiplier of 1, and the most fields on a path through it.</summary>
    private readonly record struct Cost(double Complexity, int Depth);

    private sealed class Analysis(ValidationContext context)
    {
        private readonly ISchema _schema = context.Schema;
        private readonly FragmentIndex _index = new(context.Document);
        private readonly Dictionary<(GraphQLFragmentDefinition, GraphQLField?), Cost> _fragments = [];
        private readonly HashSet<GraphQLFragmentDefinition> _open = [];

        public Cost Operation(GraphQLOperationDefinition operation)
        {
            IGraphType? root = operation.Operation switch
            {
                OperationType.Query => _schema.Query,
                OperationType.Mutation => _schema.Mutation,
                OperationType.Subscription => _schema.Subscription,
                _ => null,
            };
            return root is null ? default : Selections(operation.SelectionSet, root, null, null);
        }

        private Cost Selections(GraphQLSelectionSet set, IGraphType parentType, GraphQLField? parentField, FieldType? parentDefinition)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            double complexity = 0;
            var depth = 0;
            foreach (var selection in set.Selections)
            {
                if (!context.ShouldIncludeNode(selection))
                {
                    continue;
                }

                var cost = selection switch
                {
                    GraphQLField field => Field(field, parentType, parentField, parentDefinition),
                    GraphQLInlineFragment inline => Selections(inline.SelectionSet,
                        inline.TypeCondition is { } condition ? _schema.AllTypes[condition.Type.Name.Value] ?? parentType : parentType,
                        parentField, parentDefinition),
                    GraphQLFragmentSpread spread => Fragment(spread, parentField, parentDefinition),
                    _ => default,
                };
                complexity += cost.Complexity;
                depth = Math.Max(depth, cost.Depth);
            }

            return new(complexity, depth);
        }

        private Cost Field(GraphQLField field, IGraphType parentType, GraphQLField? parentField, FieldType? parentDefinition)
        {
            var definition = Definition(field, parentType);
            if (definition is null)
            {
                return default;
            }

            var impact = FieldCostModel.Of(new FieldCostContext(definition, parentType, Arguments(field), parentDefinition,
                parentField is null ? null : Arguments(parentField), _schema));
            if (field.SelectionSet is null || definition.ResolvedType?.GetNamedType() is not { } childType)
            {
                return new(impact.FieldImpact, 1);
            }

            var children = Selections(field.SelectionSet, childType, field, definition);
            return new(impact.FieldImpact + (impact.ChildImpactMultiplier * children.Complexity), children.Depth + 1);
        }

        private Cost Fragment(GraphQLFragmentSpread spread, GraphQLField? parentField, FieldType? parentDefinition)
        {
            var fragment = _index.Find(spread);
            if (fragment is null || _schema.AllTypes[fragment.TypeCondition.Type.Name.Value] is not { } type)
            {
                return default;
            }

            if (_fragments.TryGetValue((fragment, parentField), out var known))
            {
                return known;
            }

            if (!_open.Add(fragment))
            {
                return default;
            }

            var cost = Selections(fragment.SelectionSet, type, parentField, parentDefinition);
            _open.Remove(fragment);
            _fragments[(fragment, parentField)] = cost;
            return cost;
        }

        private FieldType? Definition(GraphQLField field, IGraphType parentType) =>
            field.Name.Value == "__typename" ? _schema.TypeNameMetaFieldType
            : parentType == _schema.Query && field.Name.Value == "__schema" ? _schema.SchemaMetaFieldType
            : parentType == _schema.Query && field.Name.Value == "__type" ? _schema.TypeMetaFieldType
            : (parentType as IComplexGraphType)?.GetField(field.Name.Value);

        private IDictionary<string, ArgumentValue>? Arguments(GraphQLField field) =>
            context.ArgumentValues?.TryGetValue(field, out var arguments) == true ? arguments : null;
    }
}
