using System.Text;

namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>
/// Text reduced for keyword matching: lower case, ё as е, every run of non-letters (emoji, punctuation, markup)
/// a single space. Keywords are written in this form.
/// </summary>
internal static class KeywordText
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text.ToLowerInvariant())
        {
            if (!char.IsLetterOrDigit(ch))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && builder.Length > 0)
            {
                builder.Append(' ');
            }

            pendingSpace = false;
            builder.Append(ch == 'ё' ? 'е' : ch);
        }

        return builder.ToString();
    }

    /// <summary>True when <paramref name="keyword"/> starts at a word boundary of <paramref name="normalized"/>.</summary>
    public static bool HasWordPrefix(string normalized, string keyword)
    {
        var index = normalized.IndexOf(keyword, StringComparison.Ordinal);
        while (index >= 0)
        {
            if (index == 0 || normalized[index - 1] == ' ')
            {
                return true;
            }

            index = normalized.IndexOf(keyword, index + 1, StringComparison.Ordinal);
        }

        return false;
    }
}
