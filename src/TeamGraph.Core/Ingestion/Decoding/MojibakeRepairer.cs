using System.Text;
using System.Text.Unicode;

namespace TeamGraph.Core.Ingestion.Decoding;

/// <summary>
/// Restores UTF-8 text that was once decoded with a single-byte code page and saved again as UTF-8. The decision
/// is taken on the whole text: every non-ASCII character must map back to a byte of the code page, those bytes must
/// be valid UTF-8, and the result must look like real text. Otherwise the text is left alone.
/// </summary>
internal static class MojibakeRepairer
{
    // Text mis-decoded twice is undone layer by layer; more than this is no longer a plausible accident.
    private const int MaxLayers = 3;

    /// <summary>The repaired text, or <see langword="null"/> when <paramref name="text"/> is not mojibake.</summary>
    public static MojibakeRepair? TryRepair(string text)
    {
        var layers = new List<MojibakeCodePage>();
        var current = text;
        while (layers.Count < MaxLayers && RepairOnce(current) is var (repaired, codePage))
        {
            layers.Add(codePage);
            current = repaired;
        }

        return layers.Count == 0 ? null : new MojibakeRepair(current, layers);
    }

    /// <summary>Undoes one mis-decoding, choosing the code page whose result looks most like real text.</summary>
    internal static (string Text, MojibakeCodePage CodePage)? RepairOnce(string text)
    {
        if (Ascii.IsValid(text))
        {
            return null;
        }

        (string Text, MojibakeCodePage CodePage, TextProfile Profile)? best = null;
        foreach (var codePage in MojibakeCodePage.All)
        {
            if (TryUndo(text, codePage) is not { } repaired)
            {
                continue;
            }

            var profile = TextProfile.Of(repaired);
            if (IsRealText(profile) && (best is null || IsBetter(profile, best.Value.Profile)))
            {
                best = (repaired, codePage, profile);
            }
        }

        return best is { } chosen ? (chosen.Text, chosen.CodePage) : null;
    }

    private static string? TryUndo(string text, MojibakeCodePage codePage)
    {
        var bytes = StrictEncodings.TryEncode(codePage.Encoding, text);
        if (bytes is null || !Utf8.IsValid(bytes))
        {
            return null;
        }

        var repaired = StrictEncodings.TryDecode(StrictEncodings.Utf8, bytes);

        // A real repair collapses each multi-byte sequence into one character, so it is always shorter.
        return repaired is not null && repaired.Length < text.Length ? repaired : null;
    }

    private static bool IsRealText(TextProfile profile) =>
        profile.Suspicious == 0 && profile.HasPlausibleWords;

    private static bool IsBetter(TextProfile candidate, TextProfile best) =>
        candidate.MixedScriptWords != best.MixedScriptWords
            ? candidate.MixedScriptWords < best.MixedScriptWords
            : candidate.NonAsciiLetters > best.NonAsciiLetters;
}
