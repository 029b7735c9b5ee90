using System.Text.Json;
using Json.Schema;

namespace TeamGraph.Cli.Tests;

/// <summary>
/// The published SARIF 2.1.0 schema (tests/data/sarif, see its README), formats checked. The schema declares draft-04,
/// which JsonSchema.Net does not implement; every keyword it uses means the same in draft-07, so draft-04 is registered
/// as draft-07's keywords under draft-04's id.
/// </summary>
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>Every error the schema finds in <paramref name="sarif"/>, as <c>instance-location keyword: message</c>.</summary>
    public static IReadOnlyList<string> Errors(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions
        {
            OutputFormat = Json.Schema.OutputFormat.List,
            RequireFormatValidation = true,
        });
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).SelectMany(d => (d.Errors ?? new Dictionary<string, string>()).Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}"))];
    }

    private static JsonSchema Load()
    {
        var dialects = new DialectRegistry();
        dialects.Register(Dialect.Draft07.With([], new Uri("http://json-schema.org/draft-04/schema#")));
        return JsonSchema.FromText(File.ReadAllText(TestPaths.Data("sarif", "sarif-schema-2.1.0.json")), new BuildOptions { DialectRegistry = dialects });
    }
}
