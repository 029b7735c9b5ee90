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
    public static MojibakeRepair? TryRepair(string text) =>
        Undo(text, 0) is { } best ? new MojibakeRepair(best.Text, best.Layers) : null;

    /// <summary>
    /// The best way to undo one or more mis-decodings. Only the innermost result has to look like real text: a
    /// layer in between may hold C1 controls (latin-1 mojibake does), as long as undoing it further gives real text.
    /// </summary>
    private static Candidate? Undo(string text, int depth)
    {
        if (depth == MaxLayers || Ascii.IsValid(text))
        {
            return null;
        }

        Candidate? best = null;
        foreach (var codePage in MojibakeCodePage.All)
        {
            if (TryUndo(text, codePage) is not { } undone)
            {
                continue;
            }

            Candidate candidate;
            if (Undo(undone, depth + 1) is { } deeper)
            {
                candidate = deeper with { Layers = [codePage, .. deeper.Layers] };
            }
            else if (TextProfile.Of(undone) is var profile && IsRealText(profile))
            {
                candidate = new(undone, [codePage], profile);
            }
            else
            {
                continue;
            }

            if (best is null || IsBetter(candidate.Profile, best.Profile))
            {
                best = candidate;
            }
        }

        return best;
    }

    private static string? TryUndo(string text, MojibakeCodePage codePage)
    {
        var bytes = codePage.TryEncode(text);
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

    private sealed record Candidate(string Text, IReadOnlyList<MojibakeCodePage> Layers, TextProfile Profile);
}
