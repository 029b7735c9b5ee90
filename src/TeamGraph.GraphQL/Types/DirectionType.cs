using GraphQL.Types;
using TeamGraph.Core.Queries;

namespace TeamGraph.GraphQL.Types;

/// <summary>Which way <c>reachable</c> follows handoffs.</summary>
internal sealed class DirectionType : EnumerationGraphType<HandoffDirection>
{
    public DirectionType()
    {
        Name = "Direction";
        Description = "DOWNSTREAM follows who receives work; UPSTREAM follows who gives it.";
    }
}
