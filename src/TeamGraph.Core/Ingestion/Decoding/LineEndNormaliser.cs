using System.Text;

namespace TeamGraph.Core.Ingestion.Decoding;

/// <summary>Turns CRLF and lone CR into LF, one line end for one line end, so line numbers do not move.</summary>
internal static class LineEndNormaliser
{
    /// <summary>The text with LF line ends, and how many CRLF and lone CR line ends were converted.</summary>
    public static (string Text, int CrLf, int LoneCr) Normalise(string text)
    {
        var firstCr = text.IndexOf('\r', StringComparison.Ordinal);
        if (firstCr < 0)
        {
            return (text, 0, 0);
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, firstCr);
        int crLf = 0, loneCr = 0;
        for (var i = firstCr; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\r')
            {
                builder.Append(c);
                continue;
            }

            builder.Append('\n');
            if (i + 1 < text.Length && text[i + 1] == '\n')
            {
                crLf++;
                i++;
            }
            else
            {
                loneCr++;
            }
        }

        return (builder.ToString(), crLf, loneCr);
    }
}
