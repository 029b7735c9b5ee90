using Microsoft.Extensions.DependencyInjection;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.GraphQL.Types;

/// <summary>How the last reload went.</summary>
internal sealed partial class QueryType
{
    private void AddReloadStatus() =>
        Field<ReloadResultType>("reloadStatus")
            .Description("The last reload (of the docs folder at start-up, on a change or by `Mutation.reload`; with the Neo4j store, the last read of Neo4j that found a new version or failed); null when the server does not reload.")
            .Resolve(c => c.RequestServices!.GetService<IServedGraphSource>()?.LastReload);
}
