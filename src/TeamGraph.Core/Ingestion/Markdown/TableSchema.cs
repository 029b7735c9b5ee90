namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>The columns of one kind of table, in the order ties are broken; header order in the card does not matter.</summary>
internal sealed record TableSchema(string Name, IReadOnlyList<ColumnSpec> Columns)
{
    /// <summary>
    /// Gives each column the header that names it: exact names first, then headers that start with a synonym
    /// ("Что получает" for "что"). Returns <see langword="null"/> when a required column has no header.
    /// </summary>
    public IReadOnlyDictionary<string, int>? Match(IReadOnlyList<string> headers)
    {
        var normalized = headers.Select(KeywordText.Normalize).ToArray();
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        Assign(map, normalized, (column, header) => column.MatchesExactly(header));
        Assign(map, normalized, (column, header) => column.MatchesLoosely(header));
        return Columns.All(column => !column.Required || map.ContainsKey(column.Key)) ? map : null;
    }

    /// <summary>The key of the column a single label (an Identity row's parameter) names, or <see langword="null"/>.</summary>
    public string? KeyOf(string label)
    {
        var normalized = KeywordText.Normalize(label);
        return (Columns.FirstOrDefault(column => column.MatchesExactly(normalized))
            ?? Columns.FirstOrDefault(column => column.MatchesLoosely(normalized)))?.Key;
    }

    private void Assign(Dictionary<string, int> map, string[] headers, Func<ColumnSpec, string, bool> matches)
    {
        foreach (var column in Columns)
        {
            if (map.ContainsKey(column.Key))
            {
                continue;
            }

            for (var i = 0; i < headers.Length; i++)
            {
                if (!map.ContainsValue(i) && matches(column, headers[i]))
                {
                    map[column.Key] = i;
                    break;
                }
            }
        }
    }
}
