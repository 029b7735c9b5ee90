using System.Text;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using TeamGraph.Core.Graph;

namespace TeamGraph.GraphQL.Types;

/// <summary>The <c>roles</c> connection.</summary>
internal sealed partial class QueryType
{
    private void AddRoles() =>
        Field<NonNullGraphType<ConnectionType<RoleType, EdgeType<RoleType>>>>("roles")
            .Description("Roles sorted by id, as a Relay connection; `after` takes an edge's cursor.")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .Argument<RoleFilterType>("filter")
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<RoleFilter?>("filter");
                var roles = new List<GraphNode>();
                foreach (var role in await c.Reader().GetRolesAsync(c.CancellationToken).ConfigureAwait(false))
                {
                    if (filter is null || await MatchesAsync(c, role, filter).ConfigureAwait(false))
                    {
                        roles.Add(role);
                    }
                }

                return Page(roles, c.GetArgument<int?>("first") is { } first ? Positive(c, "first", first) : null, c.GetArgument<string?>("after"));
            });

    private static Connection<GraphNode> Page(List<GraphNode> roles, int? first, string? after)
    {
        var start = 0;
        if (after is not null)
        {
            var afterId = DecodeCursor(after);
            start = roles.FindIndex(r => r.Id == afterId) + 1;
            if (start == 0)
            {
                throw new ExecutionError($"'after' is not a cursor of this connection: {after}.");
            }
        }

        var page = roles.Skip(start).Take(first ?? int.MaxValue).ToList();
        var edges = page.Select(r => new Edge<GraphNode> { Cursor = EncodeCursor(r.Id), Node = r }).ToList();
        return new Connection<GraphNode>
        {
            TotalCount = roles.Count,
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasNextPage = start + page.Count < roles.Count,
                HasPreviousPage = start > 0,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    private static string EncodeCursor(string id) => Convert.ToBase64String(Encoding.UTF8.GetBytes(id));

    private static string DecodeCursor(string cursor)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
        }
        catch (FormatException)
        {
            throw new ExecutionError($"'after' is not a cursor of this connection: {cursor}.");
        }
    }

    private static async Task<bool> MatchesAsync(IResolveFieldContext context, GraphNode role, RoleFilter filter)
    {
        var p = role.Properties;
        if ((filter.Documented is { } documented && NodeValues.Flag(p, "documented") != documented)
            || (filter.Level is { } level && !Contains(NodeValues.Text(p, "level"), level))
            || (filter.Text is { } text && !new[] { NodeValues.Text(p, "code"), NodeValues.Text(p, "name"), NodeValues.Text(p, "mission") }
                .Concat(NodeValues.Texts(p, "aliases")).Any(t => Contains(t, text))))
        {
            return false;
        }

        if (filter.Skill is { } skill)
        {
            var skills = (await context.NeighboursAsync(role, RelationshipTypes.HasSkill).ConfigureAwait(false))
                .Concat(await context.NeighboursAsync(role, RelationshipTypes.Knows).ConfigureAwait(false));
            if (!skills.Any(s => Contains(NodeValues.Name(s.Node), skill)))
            {
                return false;
            }
        }

        return filter.Tool is not { } tool
            || (await context.NeighboursAsync(role, RelationshipTypes.UsesTool).ConfigureAwait(false)).Any(t => Contains(NodeValues.Name(t.Node), tool));
    }

    private static bool Contains(string? text, string part) => text is not null && text.Contains(part, StringComparison.OrdinalIgnoreCase);
}
