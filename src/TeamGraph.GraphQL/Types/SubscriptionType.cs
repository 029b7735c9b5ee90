using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.GraphQL.Types;

/// <summary>
/// The root subscription. Over HTTP it is served as Server-Sent Events (GraphQL over SSE, distinct connections mode):
/// the transport, its limits and its buffering are the HTTP endpoint's.
/// </summary>
internal sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Events about what is served; send the operation with `Accept: text/event-stream` (GraphQL over Server-Sent Events).";
        Field<NonNullGraphType<ReloadResultType>>("graphChanged")
            .Description("The result of each reload from now on that served a new graph (the docs folder changed, `Mutation.reload`; with the Neo4j store, a new version was read) "
                + "or that failed (`succeeded: false`: the counts are then those of the last good graph, still served). "
                + "A subscriber that falls behind gets the latest result, not every one in between.")
            .ResolveStream(c => new ReloadEventStream(
                c.RequestServices!.GetService<IServedGraphSource>() ?? throw new ExecutionError("This server does not reload what it serves.")));
    }
}
