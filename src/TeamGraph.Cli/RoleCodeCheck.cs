using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Ingestion.Mermaid;

namespace TeamGraph.Cli;

/// <summary>
/// Whether a role code and name can go into a new card: the filled template is read back by the real card reader and
/// mermaid parser, and must give the same code (Identity table), the same name (title) and a map node with that id.
/// So a code is held to exactly the rules the ingester applies, including mermaid's (no spaces, no keyword such as
/// <c>end</c>, nothing that breaks a table cell).
/// </summary>
internal static class RoleCodeCheck
{
    /// <summary>Why <paramref name="code"/> or <paramref name="name"/> cannot be used, or <see langword="null"/> when they can.</summary>
    public static string? Problem(string code, string name, string language)
    {
        if (code.Length == 0 || code.Any(char.IsWhiteSpace))
        {
            return $"role code '{code}' is not valid: a code is one word, such as 'DO' or 'QA' (it names the role in tables and is its node id in mermaid maps).";
        }

        if (name.Trim().Length == 0 || name.Any(char.IsControl))
        {
            return $"role name '{name}' is not valid: give the role's name on one line, such as \"Data Engineer\".";
        }

        var pipeline = IngestionPipeline.Default;
        var diagnostics = new List<Diagnostic>();
        var card = pipeline.CardParser.Parse("card.md", RoleCardTemplate.Fill(language, code, name), diagnostics);
        var nodes = card.MermaidBlocks.Select(b => pipeline.MermaidParser.Parse(b, diagnostics)).OfType<MermaidFlowchart>()
            .SelectMany(chart => chart.Nodes).ToList();
        if (card.Identity.Code?.Text != code || nodes.All(n => n.Id != code))
        {
            return $"role code '{code}' is not valid: the card reader would not read it back as written"
                + $"{Reason(diagnostics)}. Use letters, digits and '_', such as 'DO' or 'QA'.";
        }

        return card.Title?.Text != name.Trim() || card.Identity.Role?.Text != name.Trim()
            ? $"role name '{name}' is not valid: the card reader would not read it back as written{Reason(diagnostics)}."
            : null;
    }

    private static string Reason(List<Diagnostic> diagnostics) =>
        diagnostics.FirstOrDefault(d => d.Severity >= DiagnosticSeverity.Warning) is { } first ? $" ({first.Message})" : "";
}
