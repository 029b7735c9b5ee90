using GraphQL.Types;
using TeamGraph.Core.Graph;

namespace TeamGraph.GraphQL.Types;

/// <summary><c>interface Actor { id name }</c>: anyone who gives or receives work: a role, a group or an outside party.</summary>
internal sealed class ActorInterface : InterfaceGraphType<GraphNode>
{
    public ActorInterface()
    {
        Name = "Actor";
        Description = "Anyone who gives or receives work: a role, a group or an outside party.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The node id, such as role:BE or group:developers.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name, or the code when there is none.");
    }
}
