namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>A body row of a table, its cells reached by column key; <see cref="Line"/> is 1-based.</summary>
internal sealed class TableRowView(IReadOnlyList<string> cells, IReadOnlyDictionary<string, int> columns, int line)
{
    public int Line { get; } = line;

    /// <summary>The cell's plain text, or <see langword="null"/> when the column is absent or the cell empty.</summary>
    public string? this[string key] =>
        columns.TryGetValue(key, out var index) && index < cells.Count && cells[index].Length > 0 ? cells[index] : null;
}
