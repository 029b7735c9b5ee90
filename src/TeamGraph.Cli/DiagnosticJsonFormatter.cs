using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Cli;

/// <summary>
/// Diagnostics as a JSON array of <c>{severity, code, path, line, column, message}</c> for tools; severity is
/// lower-case like in the text format, and line and column are <see langword="null"/> where unknown.
/// </summary>
internal static class DiagnosticJsonFormatter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };

    public static string Format(IEnumerable<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var diagnostic in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
                json.WriteString("code", diagnostic.Code);
                json.WriteString("path", diagnostic.Path);
                WriteNumberOrNull(json, "line", diagnostic.Line);
                WriteNumberOrNull(json, "column", diagnostic.Column);
                json.WriteString("message", diagnostic.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
