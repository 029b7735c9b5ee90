using System.Globalization;
using Markdig.Extensions.Tables;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>
/// Reads a pipe table against a <see cref="TableSchema"/>. Markdig pads short rows and widens the header to the
/// longest row, so the real cell counts come from the source lines.
/// </summary>
internal sealed class TableReader(string path, IReadOnlyList<string> lines, ICollection<Diagnostic> diagnostics)
{
    /// <summary>The body rows, or <see langword="null"/> (with a warning) when the columns cannot be identified.</summary>
    public IReadOnlyList<TableRowView>? Read(Table table, TableSchema schema)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(row => row.IsHeader);
        var headerCells = header is null ? 0 : SourceCellCount(header.Line);
        var headers = header is null ? [] : Cells(header, headerCells);
        var columns = schema.Match(headers);
        if (columns is null)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                MarkdownDiagnosticCodes.UnrecognizedTable,
                path,
                table.Line + 1,
                $"The columns [{string.Join(", ", headers)}] do not match a {schema.Name} table; the section is kept as unknown."));
            return null;
        }

        var result = new List<TableRowView>(rows.Count);
        foreach (var row in rows.Where(row => !row.IsHeader))
        {
            var count = SourceCellCount(row.Line);
            if (count != headerCells)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Warning,
                    MarkdownDiagnosticCodes.RaggedTableRow,
                    path,
                    row.Line + 1,
                    string.Create(CultureInfo.InvariantCulture, $"The row has {count} cells and the header {headerCells}; the row is read with the cells it has.")));
            }

            result.Add(new TableRowView(Cells(row, Math.Min(count, headerCells)), columns, row.Line + 1));
        }

        return result;
    }

    private static string[] Cells(TableRow row, int count) =>
        row.OfType<TableCell>().Take(count).Select(InlineText.OfFirstLeaf).ToArray();

    private int SourceCellCount(int line) => line < lines.Count ? PipeRow.CellCount(lines[line]) : 0;
}
