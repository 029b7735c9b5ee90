using System.Globalization;
using System.Text;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Cli;

/// <summary>
/// Findings as GitHub Actions workflow commands, one line each: <c>::error file=…,line=…,col=…,title=code::message</c>
/// (<c>warning</c>; <c>notice</c> for info), which GitHub shows as annotations on the pull request's files. Values are
/// escaped as GitHub's toolkit does: <c>%</c>, CR and LF everywhere, and <c>:</c> and <c>,</c> in properties too.
/// </summary>
internal static class GitHubAnnotationFormatter
{
    public static string Format(IEnumerable<ReportedFinding> findings, ArtifactPaths paths)
    {
        var text = new StringBuilder();
        foreach (var diagnostic in findings.Select(f => f.Diagnostic))
        {
            var properties = new List<string>();
            if (diagnostic.Path.Length > 0)
            {
                properties.Add($"file={EscapeProperty(paths.Of(diagnostic.Path))}");
                if (diagnostic.Line is { } line)
                {
                    properties.Add(string.Create(CultureInfo.InvariantCulture, $"line={line}"));
                    if (diagnostic.Column is { } column)
                    {
                        properties.Add(string.Create(CultureInfo.InvariantCulture, $"col={column}"));
                    }
                }
            }

            properties.Add($"title={EscapeProperty(diagnostic.Code)}");
            text.Append(CultureInfo.InvariantCulture, $"::{Command(diagnostic.Severity)} {string.Join(',', properties)}::{EscapeData(diagnostic.Message)}\n");
        }

        return text.ToString();
    }

    /// <summary>The escaping of a command's message (GitHub's toolkit, <c>escapeData</c>).</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>The escaping of a command's property value (GitHub's toolkit, <c>escapeProperty</c>).</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);

    private static string Command(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "notice",
    };
}
