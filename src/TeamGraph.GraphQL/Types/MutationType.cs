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
            .Description("Re-ingests the docs folder and serves the new graph; when that fails, the last good graph stays served and the result says why.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<TeamGraphReloader>().ReloadAsync(c.CancellationToken).ConfigureAwait(false));
    }
}
