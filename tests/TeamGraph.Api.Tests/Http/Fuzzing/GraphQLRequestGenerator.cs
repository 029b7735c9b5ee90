using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;

namespace TeamGraph.Api.Tests.Http.Fuzzing;

/// <summary>
/// Random GraphQL requests: documents of fields from the served schema and nonsense ones, with aliases, arguments (good,
/// wrong, huge, variables), nesting, inline fragments, named fragments (including chains that spread the next twice),
/// several operations, variables and operation names (control characters included), and bodies with garbage bytes.
/// </summary>
internal static class GraphQLRequestGenerator
{
    private static readonly string[] FieldNames =
    [
        "roles", "role", "stats", "search", "handoffChains", "reachable", "audit", "diagram", "code", "name", "level", "mission",
        "skills", "tools", "edges", "node", "hops", "handoff", "what", "text", "__typename", "__schema", "__type", "types",
        "fields", "possibleTypes", "interfaces", "ofType", "kind", "nope", "zz_unknown", "reload",
    ];

    private static readonly string[] Arguments =
    [
        "", "", "", "(first: 3)", "(first: 50)", "(first: 0)", "(first: -1)", "(first: 99999999999)", "(id: \"QA\")", "(id: \"BE\")",
        "(id: 7)", "(text: \"deploy\")", "(text: \"\")", "(from: \"BE\", to: \"QA\", maxHops: 8, first: 100)", "(first: $n)",
        "(id: $s)", "(name: \"Role\")", "(bogus: true)", "(first: 3, first: 4)", "(first: null)", "(id: [\"a\", {b: 1}])",
    ];

    private static readonly string[] TypeConditions = ["Query", "Role", "RoleConnection", "Stats", "__Type", "Nope"];

    private static readonly Gen<string> OperationName = Gen.Frequency(
        (12, Gen.Const("")),
        (1, Gen.OneOf("Q", "Who", "Q\ninfo: forged", "\u001b[31mred\u001b[0m", "Q\u2028", "\u202eevil", new string('x', 300))));

    /// <summary>Fields of a role, valid on <c>Role</c>, some of them repeated.</summary>
    private static readonly Gen<string> RoleSelections = Gen.OneOf(
        "code", "name", "level", "mission", "documented", "skills { name }", "tools { name }", "__typename", "...RoleBits", "c: code",
        "code", "... on Role { name }").Array[1, 6].Select(parts => string.Join(' ', parts));

    /// <summary>Root fields valid on <c>Query</c>, with arguments in and out of range.</summary>
    private static readonly Gen<string> QuerySelections = Gen.OneOf(
        RoleSelections.Select(Gen.Int[-1, 60], (role, first) => $"roles(first: {first}) {{ edges {{ node {{ {role} }} }} }}"),
        RoleSelections.Select(Gen.OneOf("QA", "BE", "DO", "nobody", ""), (role, id) => $"role(id: \"{id}\") {{ {role} }}"),
        Gen.Int[0, 30].Select(first => $"search(text: \"deploy\", first: {first}) {{ text }}"),
        Gen.Int[1, 9].Select(hops => $"handoffChains(from: \"BE\", to: \"QA\", maxHops: {hops}, first: 5) {{ items {{ hops {{ handoff {{ what }} }} }} }}"),
        Gen.Const("stats { roles }"),
        Gen.Const("__typename"),
        Gen.Const("...QueryBits"),
        Gen.Const("__type(name: \"Role\") { name fields { name } }"))
        .Array[1, 4].Select(parts => string.Join(' ', parts));

    /// <summary>Documents that mostly validate: the schema's own fields, fragments on the right types.</summary>
    private static readonly Gen<string> SchemaDocument = Gen.Select(QuerySelections, RoleSelections, Gen.Bool,
        (query, role, named) =>
            (named ? "query Q " : "") + $"{{ {query} }}"
            + (query.Contains("...QueryBits", StringComparison.Ordinal) ? " fragment QueryBits on Query { stats { roles } }" : "")
            + (query.Contains("...RoleBits", StringComparison.Ordinal) ? $" fragment RoleBits on Role {{ {role.Replace("...RoleBits", "code", StringComparison.Ordinal)} }}" : ""));

    private static readonly Gen<string> Name = Gen.OneOf(FieldNames);

    private static readonly Gen<string> Alias = Gen.Frequency((5, Gen.Const("")), (1, Gen.Int[0, 40].Select(i => $"a{i}: ")));

    private static readonly Gen<string> Selections = Gen.Recursive<string>((depth, selections) =>
        Gen.Frequency(
            (6, Gen.Select(Alias, Name, Gen.OneOf(Arguments), (alias, name, arguments) => $"{alias}{name}{arguments}")),
            (depth < 8 ? 4 : 0, Gen.Select(Alias, Name, Gen.OneOf(Arguments), selections,
                (alias, name, arguments, inner) => $"{alias}{name}{arguments} {{ {inner} }}")),
            (depth < 8 ? 1 : 0, Gen.Select(Gen.OneOf(TypeConditions), selections, (type, inner) => $"... on {type} {{ {inner} }}")),
            (2, Gen.Int[0, 5].Select(i => $"...F{i}")),
            (1, Gen.Int[1, 40].Select(n => string.Concat(Enumerable.Repeat("__typename ", n)))))
        .Array[1, 4].Select(parts => string.Join(' ', parts)));

    private static readonly Gen<string> Fragment = Gen.Select(Gen.Int[0, 5], Gen.OneOf(TypeConditions), Selections,
        (i, type, inner) => $"fragment F{i} on {type} {{ {inner} }}");

    /// <summary>Fragments D0..Dn, each spreading the next twice: 2^n fields when expanded.</summary>
    private static readonly Gen<string> DoublingChain = Gen.Int[1, 45].Select(depth =>
        "{ ...D0 } " + string.Concat(Enumerable.Range(0, depth).Select(i => $"fragment D{i} on Query {{ ...D{i + 1} ...D{i + 1} }} "))
        + $"fragment D{depth} on Query {{ __typename }}");

    private static readonly Gen<string> Document = Gen.Frequency(
        (8, SchemaDocument),
        (8, Gen.Select(Gen.OneOf("", "query", "query Q", "query Who($n: Int, $s: String)", "mutation", "subscription", "query Q2"),
            Selections, Fragment.Array[0, 3], Gen.Bool,
            (head, selections, fragments, twice) =>
                $"{head} {{ {selections} }} {string.Join(' ', fragments)}" + (twice ? " query Other { __typename } query { __typename }" : ""))),
        (1, DoublingChain),
        (1, Gen.Int[1, 400].Select(depth => string.Concat(Enumerable.Repeat("{ role(id: \"QA\") ", depth)) + new string('}', depth))),
        (1, Gen.String));

    private static readonly Gen<string?> Variables = Gen.OneOf<string?>(
        null, "{}", """{"n": 3}""", """{"n": "three"}""", """{"n": 1e400}""", """{"n": 123456789012345678901234567890}""",
        """{"s": "QA"}""", """{"s": null, "n": null}""", "[]", "\"x\"", """{"n": {"deep": [[[[[[1]]]]]]}}""");

    /// <summary>A POST body (as bytes, so that it can carry invalid UTF-8) or, for GET, a URL.</summary>
    public static Gen<GeneratedRequest> Request { get; } = Gen.Select(Document, Variables, OperationName, Gen.Int[0, 12], Gen.Int[0, 1_000_000],
        (query, variables, operationName, shape, noise) => Build(query, variables, operationName, shape, noise));

    private static GeneratedRequest Build(string query, string? variables, string operationName, int shape, int noise)
    {
        var json = new StringBuilder("{\"query\":").Append(JsonSerializer.Serialize(query));
        if (operationName.Length > 0)
        {
            json.Append(",\"operationName\":").Append(JsonSerializer.Serialize(operationName));
        }

        if (variables is not null)
        {
            json.Append(",\"variables\":").Append(variables);
        }

        var body = Encoding.UTF8.GetBytes(json.Append('}').ToString());
        switch (shape)
        {
            case 0:
                // GET, with the query in the URL.
                var url = "/graphql?query=" + Uri.EscapeDataString(query)
                    + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(variables))
                    + (operationName.Length == 0 ? "" : "&operationName=" + Uri.EscapeDataString(operationName));
                return new GeneratedRequest(url, null);
            case 1:
                // A few garbage bytes written over the body (invalid UTF-8 among them).
                var random = new Random(noise);
                for (var i = 0; i < 1 + (noise % 4); i++)
                {
                    body[random.Next(body.Length)] = (byte)random.Next(256);
                }

                return new GeneratedRequest("/graphql", body);
            case 2:
                // Cut short.
                return new GeneratedRequest("/graphql", body[..(noise % body.Length)]);
            default:
                return new GeneratedRequest("/graphql", body);
        }
    }
}

/// <summary>A request to send: POST <see cref="Body"/> as JSON to <see cref="Url"/>, or GET <see cref="Url"/> when it has no body.</summary>
internal sealed record GeneratedRequest(string Url, byte[]? Body)
{
    public override string ToString() =>
        Body is null ? "GET " + Url : "POST " + Encoding.UTF8.GetString(Body[..Math.Min(Body.Length, 2000)]).ToString(CultureInfo.InvariantCulture);
}
