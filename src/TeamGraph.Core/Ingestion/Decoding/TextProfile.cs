using System.Globalization;
using System.Text;

namespace TeamGraph.Core.Ingestion.Decoding;

/// <summary>
/// What a candidate decoding of a whole file looks like, to tell real text from mojibake or from a wrong code page.
/// </summary>
/// <param name="NonAsciiLetters">Letters outside ASCII (Cyrillic, accented Latin, Greek...).</param>
/// <param name="LowercaseCyrillic">Lowercase Cyrillic letters.</param>
/// <param name="UppercaseCyrillic">Uppercase Cyrillic letters.</param>
/// <param name="WordsWithNonAsciiLetters">Words that hold at least one letter outside ASCII.</param>
/// <param name="MixedScriptWords">Words that mix Latin, Cyrillic, Greek or other letters, which real words rarely do.</param>
/// <param name="Suspicious">Characters real text does not hold: C1 controls, private use, unassigned code points.</param>
internal readonly record struct TextProfile(
    int NonAsciiLetters,
    int LowercaseCyrillic,
    int UppercaseCyrillic,
    int WordsWithNonAsciiLetters,
    int MixedScriptWords,
    int Suspicious)
{
    private const int Latin = 1, Cyrillic = 2, Greek = 4, OtherScript = 8;

    /// <summary>Profiles <paramref name="text"/> in one pass.</summary>
    public static TextProfile Of(string text)
    {
        int nonAsciiLetters = 0, lower = 0, upper = 0, nonAsciiWords = 0, mixedWords = 0, suspicious = 0;
        int scripts = 0;
        var wordHasNonAscii = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsLetter(rune))
            {
                var script = ScriptOf(rune.Value);
                scripts |= script;
                if (rune.Value > 0x7F)
                {
                    nonAsciiLetters++;
                    wordHasNonAscii = true;
                    lower += script == Cyrillic && category == UnicodeCategory.LowercaseLetter ? 1 : 0;
                    upper += script == Cyrillic && category == UnicodeCategory.UppercaseLetter ? 1 : 0;
                }

                continue;
            }

            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                continue;
            }

            nonAsciiWords += wordHasNonAscii ? 1 : 0;
            mixedWords += (scripts & (scripts - 1)) != 0 ? 1 : 0;
            scripts = 0;
            wordHasNonAscii = false;
            suspicious += IsSuspicious(rune, category) ? 1 : 0;
        }

        nonAsciiWords += wordHasNonAscii ? 1 : 0;
        mixedWords += (scripts & (scripts - 1)) != 0 ? 1 : 0;
        return new(nonAsciiLetters, lower, upper, nonAsciiWords, mixedWords, suspicious);
    }

    /// <summary>Share of Cyrillic letters that are lowercase: high in real Russian, low in text read with the wrong Cyrillic code page.</summary>
    public double LowercaseCyrillicShare =>
        LowercaseCyrillic + UppercaseCyrillic == 0 ? 0 : (double)LowercaseCyrillic / (LowercaseCyrillic + UppercaseCyrillic);

    /// <summary>Whether mixed-script words are rare enough for real text (a stray "Dockerа" in a long card is fine).</summary>
    public bool HasPlausibleWords => MixedScriptWords * 20 <= WordsWithNonAsciiLetters;

    private static bool IsSuspicious(Rune rune, UnicodeCategory category) =>
        (category == UnicodeCategory.Control && rune.Value >= 0x7F)
        || category is UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate
        || rune.Value == Rune.ReplacementChar.Value;

    private static int ScriptOf(int codePoint) => codePoint switch
    {
        < 0x80 or (>= 0xC0 and <= 0x24F) or (>= 0x1E00 and <= 0x1EFF) => Latin,
        (>= 0x370 and <= 0x3FF) or (>= 0x1F00 and <= 0x1FFF) => Greek,
        >= 0x400 and <= 0x52F => Cyrillic,
        _ => OtherScript,
    };
}
