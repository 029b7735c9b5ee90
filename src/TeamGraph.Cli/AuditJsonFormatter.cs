using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TeamGraph.Core.Audit;

namespace TeamGraph.Cli;

/// <summary>
/// Findings as a JSON array of <c>{rule, severity, message, sources: [{path, line}]}</c>, with
/// <c>glossaryProposal: {term, equivalents: [...], evidence}</c> on a finding that proposes a glossary row.
/// </summary>
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
                if (finding.GlossaryProposal is { } proposal)
                {
                    json.WriteStartObject("glossaryProposal");
                    json.WriteString("term", proposal.Term);
                    json.WriteStartArray("equivalents");
                    foreach (var equivalent in proposal.Equivalents)
                    {
                        json.WriteStringValue(equivalent);
                    }

                    json.WriteEndArray();
                    json.WriteString("evidence", proposal.Evidence);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
