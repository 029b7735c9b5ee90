using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.GraphQL.Types;

/// <summary>The root mutation. The HTTP endpoint refuses mutations without the API key before any resolver runs.</summary>
internal sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Operations that change what is served; they need `Authorization: Bearer <TEAMGRAPH_API_KEY>`.";
        Field<NonNullGraphType<ReloadResultType>>("reload")
            .Description("Brings the served graph up to date: re-ingests the docs folder (with the Neo4j store: reads what Neo4j holds now); when that fails, the last good graph stays served and the result says why.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<IServedGraphSource>().ReloadAsync(c.CancellationToken).ConfigureAwait(false));
    }
}
