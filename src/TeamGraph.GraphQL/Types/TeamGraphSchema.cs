using GraphQL.Types;

namespace TeamGraph.GraphQL.Types;

/// <summary>The TeamGraph schema: queries over the served team graph, its reload, and the reloads as events.</summary>
internal sealed class TeamGraphSchema : Schema
{
    public TeamGraphSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription)
        : base(services)
    {
        Description = "A team's role cards as a graph of roles, handoffs and authority.";
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        RegisterType(typeof(GroupType));
        RegisterType(typeof(ExternalActorType));
    }
}
