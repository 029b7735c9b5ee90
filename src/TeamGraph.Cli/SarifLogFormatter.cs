using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Cli;

/// <summary>
/// Findings as a SARIF 2.1.0 log (OASIS), the format code scanning and review tools read: one run of the
/// <c>TeamGraph</c> driver listing its rules (each code's description, help and usual level, from
/// <see cref="DiagnosticCatalog"/>), then one result per finding with its level, message and location. Locations are
/// URIs relative to <c>SRCROOT</c> (<see cref="ArtifactPaths"/>); an audit finding's other sources are its related
/// locations.
/// </summary>
internal static class SarifLogFormatter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private const string RootId = "SRCROOT";

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };

    /// <summary>
    /// The log of <paramref name="findings"/>; <paramref name="rules"/> are the rules the command can report, listed
    /// whether they were found or not (a code outside them gets a rule of its own, so every result has one).
    /// </summary>
    public static string Format(IReadOnlyList<ReportedFinding> findings, IReadOnlyList<DiagnosticRule> rules, ArtifactPaths paths)
    {
        var allRules = rules.ToList();
        foreach (var code in findings.Select(f => f.Diagnostic.Code).Distinct(StringComparer.Ordinal))
        {
            if (!allRules.Any(r => r.Code == code))
            {
                allRules.Add(DiagnosticCatalog.Find(code) ?? new DiagnosticRule(code, DiagnosticSeverity.Warning, $"A TeamGraph diagnostic with the code '{code}'.", "See the message."));
            }
        }

        var ruleIndex = allRules.Select((rule, index) => (rule.Code, index)).ToDictionary(p => p.Code, p => p.index, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, allRules);
            if (paths.Root is { } root)
            {
                json.WriteStartObject("originalUriBaseIds");
                json.WriteStartObject(RootId);
                json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(root.FullName) + Path.DirectorySeparatorChar).AbsoluteUri);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteStartArray("results");
            foreach (var finding in findings)
            {
                WriteResult(json, finding, ruleIndex[finding.Diagnostic.Code], paths);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>SARIF's level of <paramref name="severity"/>: error, warning, or note for info.</summary>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<DiagnosticRule> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "TeamGraph");
        json.WriteString("version", Version());
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Code);
            WriteMessage(json, "shortDescription", rule.Summary);
            WriteMessage(json, "fullDescription", rule.Description);
            json.WriteStartObject("help");
            json.WriteString("text", $"{rule.Description}\n\nWhat to do: {rule.Help}");
            json.WriteString("markdown", $"{EscapeMarkdown(rule.Description)}\n\n**What to do:** {EscapeMarkdown(rule.Help)}");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, ReportedFinding finding, int ruleIndex, ArtifactPaths paths)
    {
        var diagnostic = finding.Diagnostic;
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(diagnostic.Severity));
        WriteMessage(json, "message", finding.Message);
        if (diagnostic.Path.Length > 0)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            WritePhysicalLocation(json, paths, diagnostic.Path, diagnostic.Line, diagnostic.Column);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        var related = finding.Related.Where(s => s.Path.Length > 0).ToList();
        if (related.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            foreach (var (source, id) in related.Select((s, i) => (s, i)))
            {
                json.WriteStartObject();
                json.WriteNumber("id", id);
                WritePhysicalLocation(json, paths, source.Path, source.Line > 0 ? source.Line : null, column: null);
                WriteMessage(json, "message", $"Also concerned: {source}");
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, ArtifactPaths paths, string path, int? line, int? column)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", UriOf(paths.Of(path)));
        json.WriteString("uriBaseId", RootId);
        json.WriteEndObject();
        if (line is { } startLine)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", startLine);
            if (column is { } startColumn)
            {
                json.WriteNumber("startColumn", startColumn);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>Plain text as Markdown that shows it as written: no emphasis, links, HTML (the descriptions quote markers such as <c>&lt;!-- /teamgraph --&gt;</c>) or tables.</summary>
    private static string EscapeMarkdown(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>A relative URI reference: each <c>/</c>-separated segment percent-encoded (spaces, <c>#</c>, Cyrillic names).</summary>
    private static string UriOf(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private static string Version() =>
        typeof(SarifLogFormatter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
