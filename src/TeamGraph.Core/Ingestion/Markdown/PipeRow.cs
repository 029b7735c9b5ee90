namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>Counts the cells of a pipe table row as written: unescaped pipes outside code spans separate cells.</summary>
internal static class PipeRow
{
    public static int CellCount(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return 0;
        }

        var separators = 0;
        var inCode = false;
        var lastWasSeparator = false;
        for (var i = 0; i < text.Length; i++)
        {
            lastWasSeparator = false;
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '`':
                    inCode = !inCode;
                    break;
                case '|' when !inCode:
                    separators++;
                    lastWasSeparator = true;
                    break;
            }
        }

        var cells = separators + 1;
        if (text[0] == '|')
        {
            cells--;
        }

        if (lastWasSeparator && text.Length > 1)
        {
            cells--;
        }

        return cells;
    }
}
