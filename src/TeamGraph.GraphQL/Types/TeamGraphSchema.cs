using GraphQL.Types;

namespace TeamGraph.GraphQL.Types;

/// <summary>The TeamGraph schema: read-only queries over the served team graph.</summary>
internal sealed class TeamGraphSchema : Schema
{
    public TeamGraphSchema(IServiceProvider services, QueryType query)
        : base(services)
    {
        Description = "A team's role cards as a graph of roles, handoffs and authority.";
        Query = query;
        RegisterType(typeof(GroupType));
        RegisterType(typeof(ExternalActorType));
    }
}
