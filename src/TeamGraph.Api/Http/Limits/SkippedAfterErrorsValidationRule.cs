using GraphQL.Validation;

namespace TeamGraph.Api.Http.Limits;

/// <summary>
/// Runs <paramref name="inner"/> only when no rule before it has reported an error: for GraphQL.NET's costly
/// <c>OverlappingFieldsCanBeMerged</c>, which must not start on a document <see cref="DocumentSizeValidationRule"/> refused.
/// </summary>
internal sealed class SkippedAfterErrorsValidationRule(IValidationRule inner) : IValidationRule
{
    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        context.HasErrors ? default : inner.GetPreNodeVisitorAsync(context);

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) =>
        context.HasErrors ? default : inner.GetVariableVisitorAsync(context);

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) =>
        context.HasErrors ? default : inner.GetPostNodeVisitorAsync(context);
}
