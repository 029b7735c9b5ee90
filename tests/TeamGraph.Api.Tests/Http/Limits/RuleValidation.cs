using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace TeamGraph.Api.Tests.Http.Limits;

/// <summary>Runs validation rules alone against the served schema, as GraphQL.NET's executer runs them.</summary>
internal static class RuleValidation
{
    public static async Task<IValidationResult> ValidateAsync(this SeedApiFactory factory, string query, params IValidationRule[] rules)
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        var document = Parser.Parse(query);
        return await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().First(),
            Rules = rules,
            UserContext = new Dictionary<string, object?>(),
            Metrics = Metrics.None,
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
            CancellationToken = TestContext.Current.CancellationToken,
        });
    }

    /// <summary>The only error's code and message.</summary>
    public static (string? Code, string Message) OnlyError(this IValidationResult result)
    {
        var error = Assert.Single(result.Errors);
        return (error.Code, error.Message);
    }
}
