using GraphQL.Validation;
using GraphQLParser.AST;

namespace TeamGraph.Api.Http.Limits;

/// <summary>Refuses <c>__schema</c> and <c>__type</c> (not <c>__typename</c>, which clients need) when introspection is switched off.</summary>
internal sealed class IntrospectionSwitchValidationRule(bool enabled) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        enabled
            ? default
            : new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
            {
                if (field.Name.Value.Span is "__schema" or "__type")
                {
                    validation.ReportError(new ValidationError(validation.Document.Source, null,
                        $"Introspection is disabled on this server: '{field.Name.StringValue}' is not answered.", field)
                    {
                        Code = LimitErrorCodes.IntrospectionDisabled,
                    });
                }
            }));
}
