using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TeamGraph.Core.Audit;

/// <summary>
/// The audit's glossary proposals as Markdown a team pastes into <c>team-structure.md</c>: a <c>## Glossary</c> heading
/// and a <c>| Term | Equivalents | Evidence |</c> table, one row per distinct proposal, ordered by term and then
/// equivalents. The registry reader takes the Term and Equivalents columns and ignores Evidence.
/// </summary>
public static partial class GlossaryProposalTable
{
    /// <summary>
    /// The distinct proposals of <paramref name="findings"/> in table order; two findings proposing the same row (both
    /// sides of one pair of one-sided handoffs) give it once, with the first finding's evidence.
    /// </summary>
    public static IReadOnlyList<GlossaryProposal> Rows(IEnumerable<AuditFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return
        [
            .. findings.Select(f => f.GlossaryProposal).OfType<GlossaryProposal>()
                .DistinctBy(p => (p.Term, string.Join('\u001f', p.Equivalents)))
                .OrderBy(p => p.Term, StringComparer.Ordinal)
                .ThenBy(p => string.Join('\u001f', p.Equivalents), StringComparer.Ordinal),
        ];
    }

    /// <summary>The Markdown block, lines ending in <c>\n</c>; empty when no finding proposes a row.</summary>
    public static string Format(IEnumerable<AuditFinding> findings)
    {
        var rows = Rows(findings);
        if (rows.Count == 0)
        {
            return "";
        }

        var markdown = new StringBuilder("## Glossary\n\n| Term | Equivalents | Evidence |\n|------|-------------|----------|\n");
        foreach (var row in rows)
        {
            markdown.Append(CultureInfo.InvariantCulture, $"| {Cell(row.Term)} | {string.Join(", ", row.Equivalents.Select(Equivalent))} | {Cell(row.Evidence)} |\n");
        }

        return markdown.ToString();
    }

    /// <summary>A pipe would end the cell: written as a slash, which the matcher reads as the same word break.</summary>
    private static string Cell(string text) => text.Replace('|', '/').Trim();

    /// <summary>
    /// The reader splits the Equivalents cell at commas and semicolons, so one inside a name ("Сценарии экранов,
    /// переходы") is written as a slash: the matcher ignores punctuation, and the name stays one equivalent.
    /// </summary>
    private static string Equivalent(string name) => ListSeparator().Replace(name, " / ").Trim();

    [GeneratedRegex(@"\s*[,;|]\s*")]
    private static partial Regex ListSeparator();
}
