using GraphQL.Validation;
using GraphQL.Validation.Rules;
using Microsoft.Extensions.Options;
using TeamGraph.Api.Hosting;

namespace TeamGraph.Api.Http.Limits;

/// <summary>The validation rules under the configured limits, built once per server (the limits do not change while it runs).</summary>
internal sealed class LimitValidationRules(IOptions<TeamGraphOptions> options)
{
    private readonly QueryComplexityValidationRule _complexity = new(options.Value.Limits.MaxDepth, options.Value.Limits.MaxComplexity);

    /// <summary>
    /// Every rule, in this order: the document size caps first, and every other rule skipped when they refuse: GraphQL.NET's
    /// rules all run in one walk of the document, and some cannot be bounded by a timeout (validation does not look at
    /// cancellation): <c>OverlappingFieldsCanBeMerged</c>'s work grows with the square of repeated fields, and the
    /// fragment walks of <c>NoUnusedFragments</c> and <c>NoUndefinedVariables</c> recurse once per nested fragment, so a
    /// chain of a few thousand fragments overflows the stack and ends the process. Then GraphQL.NET's rules, ours, and the
    /// complexity rule last (it runs only on an otherwise valid document).
    /// </summary>
    public IReadOnlyList<IValidationRule> All => field ??= AllOf(options.Value.Limits, _complexity);

    /// <summary>
    /// The rules run again on a document that has passed <see cref="All"/> once (see
    /// <see cref="Documents.ValidatedDocumentCache"/>): those whose answer depends on the request's variables and
    /// operation, i.e. argument validation and the depth and cost limits.
    /// </summary>
    public IReadOnlyList<IValidationRule> ForValidatedDocument => field ??= [FieldArgumentsAreValidRule.Instance, _complexity];

    private static List<IValidationRule> AllOf(LimitsOptions limits, QueryComplexityValidationRule complexity)
    {
        IValidationRule[] rules =
        [
            .. DocumentValidator.CoreRules,
            new MaxAliasesValidationRule(limits.MaxAliases),
            new IntrospectionSwitchValidationRule(limits.EnableIntrospection),
            IntrospectionNestingValidationRule.Instance,
            complexity,
        ];
        return
        [
            new DocumentSizeValidationRule(limits.MaxSelectedFields, limits.MaxFieldComparisons),
            .. rules.Select(rule => new SkippedAfterErrorsValidationRule(rule)),
        ];
    }
}
