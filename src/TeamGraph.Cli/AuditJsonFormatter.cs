using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TeamGraph.Core.Audit;

namespace TeamGraph.Cli;

/// <summary>Findings as a JSON array of <c>{rule, severity, message, sources: [{path, line}]}</c>.</summary>
internal static class AuditJsonFormatter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };

    public static string Format(IEnumerable<AuditFinding> findings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var finding in findings)
            {
                json.WriteStartObject();
                json.WriteString("rule", finding.Rule);
                json.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
                json.WriteString("message", finding.Message);
                json.WriteStartArray("sources");
                foreach (var source in finding.Sources)
                {
                    json.WriteStartObject();
                    json.WriteString("path", source.Path);
                    json.WriteNumber("line", source.Line);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
