using GraphQL.Validation;

namespace TeamGraph.Api.Http.Limits;

/// <summary>
/// Runs <paramref name="inner"/> only when no rule before it has reported an error: every rule after
/// <see cref="DocumentSizeValidationRule"/>, so that none of them starts on a document it refused (some, such as
/// <c>OverlappingFieldsCanBeMerged</c>, would take minutes or overflow the stack on it).
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
