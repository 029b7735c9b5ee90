using System.Globalization;
using System.Text;
using GraphQL.Types;

namespace TeamGraph.Api.Tests.Fuzzing;

/// <summary>
/// A query built from the schema itself that selects every field of every output type reachable from <c>Query</c>:
/// each object type is expanded in full the first time it is reached, later only by its <c>id</c> (or
/// <c>__typename</c>); an interface is expanded through inline fragments on each of its object types. Required
/// arguments get a value: an ID is the role id given, a <c>DiagramScope</c> is the whole team. Aliased calls
/// follow for the arguments the generic walk leaves out: every diagram format and scope, the diagram's options, chains and reachability
/// both ways, filters and search.
/// </summary>
internal static class EveryFieldQuery
{
    /// <summary>The query text, and every (type, field) it selects.</summary>
    public static (string Query, IReadOnlySet<string> Fields) Build(ISchema schema, string roleId, string otherRoleId)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal);
        var expanded = new HashSet<string>(StringComparer.Ordinal);
        var text = new StringBuilder("{\n");
        foreach (var field in schema.Query.Fields)
        {
            text.Append("  ").Append(field.Name).Append(Arguments(field, roleId)).Append(Selection(schema, field.ResolvedType!, expanded, fields, "  "))
                .Append('\n');
            fields.Add($"Query.{field.Name}");
        }

        var role = Quote(roleId);
        var other = Quote(otherRoleId);
        var diagram = " { format text nodeCount edgeCount }";
        var alias = 0;
        foreach (var format in new[] { "MERMAID", "DOT", "PLANTUML" })
        {
            foreach (var scope in new[] { "{team: true}", $"{{role: {role}, depth: 2}}", $"{{from: {role}, to: {other}, maxHops: 8, maxPaths: 100}}", $"{{roles: [{role}, {other}]}}" })
            {
                text.Append(CultureInfo.InvariantCulture, $"  d{alias++}: diagram(scope: {scope}, format: {format}, kinds: [HANDOFF, COLLABORATION, ESCALATION, APPROVAL, COMMUNICATION]){diagram}\n");
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"  d{alias++}: diagram(scope: {{role: {role}}}, title: \"a \\\"b\\\" #c\", legend: true, mergeParallel: NEVER, statuses: [ONE_SIDED, CONFLICTING], documented: true) {{ text nodes {{ key actor {{ id }} }} }}\n");
        text.Append(CultureInfo.InvariantCulture, $"  d{alias++}: diagram(scope: {{team: true}}, format: DOT, legend: false, mergeParallel: ALWAYS, documented: false){diagram}\n");
        text.Append(CultureInfo.InvariantCulture, $"  c0: handoffChains(from: {other}, to: {role}, maxHops: 8, first: 100) {{ items {{ length hops {{ what fromGroup viaGroup from {{ id }} to {{ id }} handoff {{ id }} }} }} }}\n");
        text.Append(CultureInfo.InvariantCulture, $"  r0: reachable(from: {role}, direction: UPSTREAM, maxHops: 6) {{ hops actor {{ id name }} }}\n");
        text.Append(CultureInfo.InvariantCulture, $"  h0: handoffs(from: {role}, to: {other}, status: CONFIRMED) {{ items {{ id }} }}\n");
        text.Append("  f0: roles(first: 2, filter: { skill: \"a\", tool: \"a\", level: \"a\", documented: true, text: \"a\" }) { totalCount }\n");
        text.Append("  s0: search(text: \"release approval\", first: 5) { text rank }\n");
        text.Append("  e0: escalations(situation: \"a\") { situation }\n");
        text.Append("  a0: approvals(decision: \"a\") { decision }\n");
        text.Append("}\n");
        return (text.ToString(), fields);
    }

    /// <summary>Every (type, field) of the output types reachable from <c>Query</c>: what <see cref="Build"/> must cover.</summary>
    public static IReadOnlySet<string> ReachableFields(ISchema schema)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<IComplexGraphType>([schema.Query]);
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!seen.Add(type.Name))
            {
                continue;
            }

            foreach (var field in type.Fields)
            {
                all.Add($"{type.Name}.{field.Name}");
                if (Named(field.ResolvedType!) is IComplexGraphType complex and not IInputObjectGraphType)
                {
                    pending.Push(complex);
                }
            }

            if (type is IInterfaceGraphType face)
            {
                foreach (var possible in face.PossibleTypes)
                {
                    pending.Push(possible);
                }
            }
        }

        return all;
    }

    private static string Selection(ISchema schema, IGraphType type, HashSet<string> expanded, HashSet<string> fields, string indent)
    {
        var named = Named(type);
        if (named is not IComplexGraphType complex)
        {
            return "";
        }

        if (!expanded.Add(complex.Name))
        {
            return complex.HasField("id") ? " { id }" : " { __typename }";
        }

        var text = new StringBuilder(" {\n");
        foreach (var field in complex.Fields)
        {
            fields.Add($"{complex.Name}.{field.Name}");
            text.Append(indent).Append("  ").Append(field.Name).Append(Selection(schema, field.ResolvedType!, expanded, fields, indent + "  ")).Append('\n');
        }

        if (complex is IInterfaceGraphType face)
        {
            foreach (var possible in face.PossibleTypes)
            {
                text.Append(indent).Append("  ... on ").Append(possible.Name).Append(Selection(schema, possible, expanded, fields, indent + "  ")).Append('\n');
            }
        }

        return text.Append(indent).Append('}').ToString();
    }

    private static string Arguments(FieldType field, string roleId)
    {
        var required = (field.Arguments ?? []).Where(a => a.ResolvedType is NonNullGraphType).ToList();
        if (required.Count == 0)
        {
            return "";
        }

        return "(" + string.Join(", ", required.Select(a => $"{a.Name}: {Value(Named(a.ResolvedType!), roleId)}")) + ")";
    }

    private static string Value(IGraphType type, string roleId) => type switch
    {
        IdGraphType => Quote(roleId),
        StringGraphType => Quote("release"),
        IntGraphType => "3",
        BooleanGraphType => "true",
        EnumerationGraphType enumeration => enumeration.Values.First().Name,
        IInputObjectGraphType { Name: "DiagramScope" } => "{team: true}",
        _ => throw new NotSupportedException($"No value for a required argument of type {type.Name}; teach {nameof(EveryFieldQuery)} one."),
    };

    private static IGraphType Named(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Named(nonNull.ResolvedType!),
        ListGraphType list => Named(list.ResolvedType!),
        _ => type,
    };

    private static string Quote(string value) => System.Text.Json.JsonSerializer.Serialize(value);
}
