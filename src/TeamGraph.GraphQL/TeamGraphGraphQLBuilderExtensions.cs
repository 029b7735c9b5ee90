using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.DI;
using TeamGraph.GraphQL.Serving;
using TeamGraph.GraphQL.Types;
using ServiceLifetime = GraphQL.DI.ServiceLifetime;

namespace TeamGraph.GraphQL;

/// <summary>Registers the TeamGraph schema with GraphQL.NET.</summary>
public static class TeamGraphGraphQLBuilderExtensions
{
    /// <summary>Adds the schema, its types, the served-graph state and the System.Text.Json serializer. Answers are JSON, never embedded in HTML, so only what JSON requires is escaped: Cyrillic, quotes and arrows in diagram text stay readable.</summary>
    public static IGraphQLBuilder AddTeamGraphSchema(this IGraphQLBuilder builder)
    {
        builder.Services.TryRegister<TeamGraphState>(ServiceLifetime.Singleton);
        return builder
            .AddSchema<TeamGraphSchema>()
            .AddGraphTypes(typeof(TeamGraphSchema).Assembly)
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    }
}
