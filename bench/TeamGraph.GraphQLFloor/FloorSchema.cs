using GraphQL;
using GraphQL.Types;

namespace TeamGraph.GraphQLFloor;

// The fields the role-card query selects (bench/load/queries/role-card.json), resolved straight from the exported graph,
// as bench/load/graphql-js/server.mjs resolves them: lists of facts are (relationship, node) pairs.

public sealed class FloorSchema : Schema
{
    public FloorSchema(IServiceProvider services, FloorQueryType query)
        : base(services) => Query = query;
}

public sealed class FloorQueryType : ObjectGraphType
{
    public FloorQueryType(ExportedGraph graph)
    {
        Name = "Query";
        Field<FloorRoleType>("role")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => graph.Role(context.GetArgument<string>("id")) ?? throw new ExecutionError($"No role '{context.GetArgument<string>("id")}'."));
    }
}

public sealed class FloorActorType : ObjectGraphType<FloorNode>
{
    public FloorActorType()
    {
        Name = "Actor";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Text("name"));
    }
}

public sealed class FloorRoleType : ObjectGraphType<FloorNode>
{
    public FloorRoleType(ExportedGraph graph)
    {
        Name = "Role";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(context => context.Source.Text("code"));
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Text("name"));
        Field<StringGraphType>("level").Resolve(context => context.Source.Text("level"));
        Field<StringGraphType>("mission").Resolve(context => context.Source.Text("mission"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FloorSkillType>>>>("skills")
            .Resolve(context => graph.Outgoing(context.Source.Id, "HAS_SKILL").Concat(graph.Outgoing(context.Source.Id, "KNOWS")).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FloorNamedType>>>>("tools")
            .Resolve(context => graph.Outgoing(context.Source.Id, "USES_TOOL"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FloorResponsibilityType>>>>("responsibilities")
            .Resolve(context => graph.Outgoing(context.Source.Id, "HAS_RESPONSIBILITY"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FloorDecisionType>>>>("decisions")
            .Resolve(context => graph.Outgoing(context.Source.Id, "DECIDES"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FloorHandoffType>>>>("inputs")
            .Resolve(context => graph.Handoffs(context.Source.Id, id => graph.Incoming(id, "TO")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FloorHandoffType>>>>("outputs")
            .Resolve(context => graph.Handoffs(context.Source.Id, id => graph.Outgoing(id, "GIVES")));
    }
}

public sealed class FloorSkillType : ObjectGraphType<FloorNeighbour>
{
    public FloorSkillType()
    {
        Name = "Skill";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Node.DisplayName);
        Field<StringGraphType>("kind").Resolve(context => context.Source.Type == "HAS_SKILL" ? context.Source.Properties.GetValueOrDefault("kind") : null);
    }
}

public sealed class FloorNamedType : ObjectGraphType<FloorNeighbour>
{
    public FloorNamedType()
    {
        Name = "Tool";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Node.DisplayName);
    }
}

public sealed class FloorResponsibilityType : ObjectGraphType<FloorNeighbour>
{
    public FloorResponsibilityType()
    {
        Name = "Responsibility";
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(context => context.Source.Node.Text("text"));
        Field<NonNullGraphType<FloorSourceType>>("source").Resolve(context => FloorSource.Parse(context.Source.Properties["source"]));
    }
}

public sealed class FloorDecisionType : ObjectGraphType<FloorNeighbour>
{
    public FloorDecisionType()
    {
        Name = "Decision";
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(context => context.Source.Node.Text("text"));
    }
}

public sealed class FloorHandoffType : ObjectGraphType<FloorNode>
{
    public FloorHandoffType(ExportedGraph graph)
    {
        Name = "Handoff";
        Field<NonNullGraphType<StringGraphType>>("what").Resolve(context => context.Source.Text("what"));
        Field<FloorActorType>("from").Resolve(context => graph.Incoming(context.Source.Id, "GIVES") is [var giver, ..] ? giver.Node : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FloorActorType>>>>("to")
            .Resolve(context => graph.Outgoing(context.Source.Id, "TO").Select(n => n.Node).ToList());
    }
}

/// <summary>A <c>path:line</c> source, as TeamGraph's Source type answers it.</summary>
public sealed record FloorSource(string Path, int? Line)
{
    public static FloorSource Parse(string value)
    {
        var colon = value.LastIndexOf(':');
        return colon > 0 && int.TryParse(value.AsSpan(colon + 1), out var line) ? new FloorSource(value[..colon], line) : new FloorSource(value, null);
    }
}

public sealed class FloorSourceType : ObjectGraphType<FloorSource>
{
    public FloorSourceType()
    {
        Name = "Source";
        Field<NonNullGraphType<StringGraphType>>("path").Resolve(context => context.Source.Path);
        Field<IntGraphType>("line").Resolve(context => context.Source.Line);
    }
}
