using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Building;
using TeamGraph.Core.Ingestion.Markdown;

namespace TeamGraph.Core.Ingestion.Resolution;

/// <summary>
/// Reads the team registry (<c>team-structure.md</c>): a roles table (code, name, aliases, card), a groups table
/// (group, members, aliases), an external parties table (name, kind, aliases) and a glossary (term, equivalents; or
/// any table under a "Glossary" / "Глоссарий" heading, its first column the term and the others its equivalents).
/// Tables are told apart by their columns, in Russian or English and in any order; other content is ignored.
/// </summary>
public static class TeamRegistryReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseYamlFrontMatter().Build();

    private static readonly Dictionary<string, string> Columns = ColumnIndex(
        ("code", ["code", "код", "код роли", "role code"]),
        ("name", ["name", "role", "роль", "название", "имя"]),
        ("aliases", ["aliases", "alias", "also known as", "псевдонимы", "синонимы", "также"]),
        ("card", ["card", "document", "doc", "path", "карточка", "документ", "файл"]),
        ("group", ["group", "группа"]),
        ("members", ["members", "состав", "участники", "роли"]),
        ("party", ["party", "external", "system", "сторона", "внешняя сторона", "система"]),
        ("kind", ["kind", "type", "тип", "вид"]),
        ("term", ["term", "термин", "понятие"]),
        ("equivalents", ["equivalents", "equivalent", "synonyms", "translations", "same as", "эквиваленты", "перевод", "переводы", "то же"]));

    private static readonly HashSet<string> GlossaryHeadings = new(StringComparer.Ordinal) { "glossary", "глоссарий", "словарь" };

    private static readonly HashSet<string> Everyone = new(StringComparer.Ordinal) { "everyone", "all", "все", "вся команда", "" };

    /// <summary>Reads the registry at <paramref name="path"/>; rows that cannot be read are reported and skipped.</summary>
    public static TeamRegistry Read(string path, string text, ICollection<Diagnostic> diagnostics)
    {
        var roles = new List<RegistryRole>();
        var groups = new List<RegistryGroup>();
        var externals = new List<RegistryExternal>();
        var glossary = new List<GlossaryEntry>();
        if (Parse(path, text, diagnostics) is not { } document)
        {
            return new TeamRegistry(path, roles, groups, externals);
        }

        var glossaryTables = GlossarySectionTables(document);
        foreach (var table in document.Descendants<Table>())
        {
            var rows = table.OfType<TableRow>().ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            var columns = rows[0].OfType<TableCell>().Select(c => Columns.GetValueOrDefault(NameNormalizer.Normalize(CellText(c)))).ToList();
            foreach (var row in rows.Skip(1))
            {
                var cells = row.OfType<TableCell>().ToList();
                var source = new SourceRef(path, row.Line + 1);
                string Get(string column) => columns.IndexOf(column) is var i and >= 0 && i < cells.Count ? CellText(cells[i]) : "";
                string? Link(string column) => columns.IndexOf(column) is var i and >= 0 && i < cells.Count ? CellLink(cells[i]) : null;

                if (columns.Contains("term") || glossaryTables.Contains(table))
                {
                    AddGlossaryEntry(glossary, cells.Select(CellText).ToList(), columns, source);
                }
                else if (columns.Contains("code") && columns.Contains("name"))
                {
                    AddRole(roles, path, Get("code"), Get("name"), Get("aliases"), Link("card") ?? Get("card"), source, diagnostics);
                }
                else if (columns.Contains("group") && columns.Contains("members"))
                {
                    var members = SplitList(Get("members"));
                    var everyone = members.Count == 0 || members.Any(m => Everyone.Contains(NameNormalizer.Normalize(m)) || m.Trim() == "*");
                    groups.Add(new RegistryGroup(Get("group"), everyone ? [] : members, everyone, SplitList(Get("aliases")), source));
                }
                else if (columns.Contains("party") || (columns.Contains("name") && columns.Contains("kind")))
                {
                    var name = columns.Contains("party") ? Get("party") : Get("name");
                    var kind = NameNormalizer.Normalize(Get("kind")) is var k && (k.Contains("system", StringComparison.Ordinal) || k.Contains("систем", StringComparison.Ordinal)) ? "system" : "external";
                    if (name.Length > 0)
                    {
                        externals.Add(new RegistryExternal(name, kind, SplitList(Get("aliases")), source));
                    }
                }
            }
        }

        return new TeamRegistry(path, roles, groups, externals) { Glossary = glossary };
    }

    /// <summary>The tables under a glossary heading, up to the next heading of the same or a higher level.</summary>
    private static HashSet<Table> GlossarySectionTables(MarkdownDocument document)
    {
        var tables = new HashSet<Table>();
        int? glossaryLevel = null;
        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
            {
                var title = NameNormalizer.Normalize(heading.Inline is null ? "" : string.Concat(heading.Inline.Descendants<LiteralInline>().Select(l => l.Content.ToString())));
                glossaryLevel = GlossaryHeadings.Contains(title) ? heading.Level
                    : glossaryLevel is { } level && heading.Level > level ? glossaryLevel
                    : null;
            }
            else if (glossaryLevel is not null && block is Table table)
            {
                tables.Add(table);
            }
        }

        return tables;
    }

    /// <summary>
    /// The term is the "term" column (else the first); the equivalents are the "equivalents" or "aliases" column (else
    /// every other column), each cell a comma- or semicolon-separated list. A row naming one spelling says nothing.
    /// </summary>
    private static void AddGlossaryEntry(List<GlossaryEntry> glossary, List<string> cells, List<string?> columns, SourceRef source)
    {
        var termColumn = Math.Max(columns.IndexOf("term"), 0);
        var equivalentColumns = columns.IndexOf("equivalents") is var e and >= 0 ? [e]
            : columns.IndexOf("aliases") is var a and >= 0 ? [a]
            : Enumerable.Range(0, cells.Count).Where(i => i != termColumn).ToList();
        var term = termColumn < cells.Count ? cells[termColumn].Trim('`', '"', '«', '»', ' ') : "";
        var equivalents = equivalentColumns.Where(i => i < cells.Count).SelectMany(i => SplitList(cells[i])).Where(s => s.Length > 0).ToList();
        if (term.Length > 0 && equivalents.Count > 0)
        {
            glossary.Add(new GlossaryEntry(term, equivalents, source));
        }
    }

    /// <summary>
    /// Parses as the card parser does: too-deep lists and quotes blanked first (<see cref="NestingGuard"/>), and a
    /// document Markdig still refuses reported rather than thrown, so a broken registry cannot stop the ingest.
    /// </summary>
    private static MarkdownDocument? Parse(string path, string text, ICollection<Diagnostic> diagnostics)
    {
        var lines = text.Split('\n');
        if (NestingGuard.Apply(lines, path, diagnostics))
        {
            text = string.Join('\n', lines);
        }

        try
        {
            return Markdig.Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException exception)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, MarkdownDiagnosticCodes.MarkdownParseFailed, path, null,
                $"Markdig could not parse the team registry: {exception.Message}; no registry is used."));
            return null;
        }
    }

    private static void AddRole(List<RegistryRole> roles, string path, string code, string name, string aliases, string card, SourceRef source, ICollection<Diagnostic> diagnostics)
    {
        if (code.Length == 0 || name.Length == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, ResolutionDiagnosticCodes.RegistryProblem, path, source.Line,
                "A registry row needs both a role code and a name; the row is skipped."));
            return;
        }

        var cardPath = card.Length == 0 ? null : DocumentLinks.ResolvePath(path, card);
        roles.Add(new RegistryRole(code, name, SplitList(aliases), cardPath, source));
    }

    private static List<string> SplitList(string text) =>
        [.. text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.Trim('`', '"', '«', '»'))];

    private static string CellText(TableCell cell) =>
        string.Concat(cell.Descendants().Select(node => node switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            LineBreakInline => " ",
            _ => "",
        })).Trim();

    private static string? CellLink(TableCell cell) => cell.Descendants<LinkInline>().FirstOrDefault(l => !l.IsImage)?.Url;

    private static Dictionary<string, string> ColumnIndex(params (string Column, string[] Headers)[] entries) =>
        entries.SelectMany(e => e.Headers.Select(h => (Key: NameNormalizer.Normalize(h), e.Column))).ToDictionary(p => p.Key, p => p.Column, StringComparer.Ordinal);
}
