using System.Buffers;
using System.Text;

namespace TeamGraph.Core.Ingestion.Resolution;

/// <summary>
/// Turns a name as written into the key used to compare names: Unicode-normalised (NFKC), case-folded, markup and
/// punctuation dropped, whitespace collapsed. "**Tech  Lead**" and "tech-lead" both become "tech lead".
/// </summary>
public static class NameNormalizer
{
    /// <summary>The comparison key of <paramref name="name"/>; empty when it has no letters or digits.</summary>
    public static string Normalize(string name)
    {
        // ICU's NFKC costs microseconds a call, and a large team's names are plain ASCII or Cyrillic, which it leaves alone.
        // One case mapping for the whole name: per character, every non-ASCII letter is a call into ICU.
        var text = IsStableUnderNfkc(name) ? name : name.Normalize(NormalizationForm.FormKC);
        char[]? rented = null;
        var buffer = text.Length <= 128 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(text.Length * 2));
        var lower = buffer[..text.Length];
        text.AsSpan().ToLowerInvariant(lower);
        var key = buffer.Slice(text.Length, text.Length);
        var length = 0;
        var pendingSpace = false;
        foreach (var c in lower)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && length > 0)
                {
                    key[length++] = ' ';
                }

                key[length++] = c == 'ё' ? 'е' : c;
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        // Most names a build reads are keys already (a card's codes, a group's name): those come back as they are.
        var normalized = key[..length].SequenceEqual(name) ? name : new string(key[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return normalized;
    }

    /// <summary>
    /// True when every character is ASCII or in the Cyrillic block (U+0400-U+04FF): none of them has a compatibility
    /// decomposition or composes with its neighbour, so NFKC returns such text unchanged (a test checks every pair).
    /// </summary>
    internal static bool IsStableUnderNfkc(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F' && c is < '\u0400' or > '\u04FF')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A looser key for a second attempt: each word reduced to a simple stem (English plurals dropped: "reports",
    /// "statuses", "dependencies", "changes"; "developer" and "dev" equal; "engineer" dropped), so "Backend Developers"
    /// matches "Backend Dev".
    /// </summary>
    public static string Loosen(string name)
    {
        var words = Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(Stem)
            .Where(w => w.Length > 0);
        return string.Join(' ', words);
    }

    private static string Stem(string word) => word switch
    {
        "developer" or "developers" or "dev" or "devs" => "dev",
        "engineer" or "engineers" => "",
        _ when word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal) => word[..^3] + "y",
        _ when word.Length > 4 && EndsWithAny(word, "sses", "uses", "xes", "ches", "shes") => word[..^2],
        _ when EndsWithAny(word, "ss", "us", "is") => word,
        _ when word.Length > 3 && word.EndsWith('s') => word[..^1],
        _ => word,
    };

    private static bool EndsWithAny(string word, params string[] endings) =>
        endings.Any(ending => word.EndsWith(ending, StringComparison.Ordinal));
}
