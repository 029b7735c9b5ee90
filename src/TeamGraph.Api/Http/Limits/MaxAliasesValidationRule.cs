using GraphQL.Validation;
using GraphQLParser.AST;

namespace TeamGraph.Api.Http.Limits;

/// <summary>
/// Refuses documents with more than <paramref name="maxAliases"/> aliases: aliases let one small document run the same
/// costly field many times over, which neither depth nor a per-field cost catches as cheaply.
/// </summary>
internal sealed class MaxAliasesValidationRule(int maxAliases) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var count = 0;
        return new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            if (field.Alias is not null && ++count == maxAliases + 1)
            {
                validation.ReportError(new ValidationError(validation.Document.Source, null,
                    $"The query uses more than {maxAliases} aliases; split it into smaller queries.", field)
                {
                    Code = LimitErrorCodes.TooManyAliases,
                });
            }
        }));
    }
}
