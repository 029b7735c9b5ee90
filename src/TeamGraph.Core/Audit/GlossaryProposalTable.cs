using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Audit;

/// <summary>
/// The audit's glossary proposals as Markdown a team pastes into <c>team-structure.md</c>: a <c>## Glossary</c> heading
/// and a <c>| Term | Equivalents | Evidence |</c> table, one row per distinct proposal, ordered by term and then
/// equivalents. The registry reader takes the Term and Equivalents columns and ignores Evidence.
/// </summary>
public static partial class GlossaryProposalTable
{
    /// <summary>
    /// The table's rows: one per distinct proposal, in term order. Proposals sharing a name (two findings about one pair
    /// of one-sided handoffs; one giver's name that two receivers translate differently) become one row, because a
    /// glossary spelling belongs to one row only: its term is the first of their terms in ordinal order, its equivalents
    /// every other name, its evidence each distinct evidence.
    /// </summary>
    public static IReadOnlyList<GlossaryProposal> Rows(IEnumerable<AuditFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var proposals = findings.Select(f => f.GlossaryProposal).OfType<GlossaryProposal>().ToList();
        var names = new NameSets();
        foreach (var proposal in proposals)
        {
            names.Join(proposal.Equivalents.Prepend(proposal.Term));
        }

        return
        [
            .. proposals.GroupBy(p => names.Find(p.Term), StringComparer.Ordinal)
                .Select(Merge)
                .OrderBy(p => p.Term, StringComparer.Ordinal)
                .ThenBy(p => string.Join('\u001f', p.Equivalents), StringComparer.Ordinal),
        ];
    }

    /// <summary>The Markdown block, lines ending in <c>\n</c>; empty when no finding proposes a row.</summary>
    public static string Format(IEnumerable<AuditFinding> findings) => Format(Rows(findings));

    /// <summary>The <c>## Glossary</c> block of <paramref name="rows"/> (from <see cref="Rows"/>); empty when there are none.</summary>
    public static string Format(IReadOnlyList<GlossaryProposal> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
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

    private static GlossaryProposal Merge(IEnumerable<GlossaryProposal> proposals)
    {
        var ordered = proposals.OrderBy(p => p.Term, StringComparer.Ordinal).ToList();
        var term = ordered[0].Term;
        var equivalents = ordered.SelectMany(p => p.Equivalents.Prepend(p.Term))
            .DistinctBy(NameNormalizer.Normalize, StringComparer.Ordinal)
            .Where(name => NameNormalizer.Normalize(name) != NameNormalizer.Normalize(term));
        return new GlossaryProposal(term, [.. equivalents], string.Join(" / ", ordered.Select(p => p.Evidence).Distinct(StringComparer.Ordinal)));
    }

    [GeneratedRegex(@"\s*[,;|]\s*")]
    private static partial Regex ListSeparator();

    /// <summary>Names joined into sets by their comparison key (<see cref="NameNormalizer.Normalize"/>): a small union-find.</summary>
    private sealed class NameSets
    {
        private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);

        public void Join(IEnumerable<string> names)
        {
            string? first = null;
            foreach (var name in names)
            {
                var root = Find(name);
                first ??= root;
                _parent[root] = first;
            }
        }

        /// <summary>The key that stands for <paramref name="name"/>'s set.</summary>
        public string Find(string name)
        {
            var key = NameNormalizer.Normalize(name);
            while (_parent.TryGetValue(key, out var parent) && parent != key)
            {
                key = parent;
            }

            _parent.TryAdd(key, key);
            return key;
        }
    }
}
