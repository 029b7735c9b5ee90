using System.Globalization;
using System.Text;
using UtfUnknown;

namespace TeamGraph.Core.Ingestion.Decoding;

/// <summary>
/// Reads a file that is not UTF-8 in the single-byte encoding it most likely uses: UTF.Unknown's verdict when it is
/// confident and agrees with the bytes, otherwise a guess between cp1251/KOI8-R (Cyrillic) and cp1252/latin-1.
/// </summary>
internal static class LegacyEncodingDetector
{
    private const float ConfidentEnough = 0.5f;

    // The common encodings need the detector's usual confidence; the rarer ones, which it also proposes for short
    // Western or Russian text, need more before they win over a guess between the common ones.
    private const float ConfidentEnoughForRare = 0.8f;

    private const int MinRussianWord = 3;

    // The single-byte encodings accepted from the detector: whether each is Cyrillic, and whether it is common.
    private static readonly Dictionary<string, (bool Cyrillic, bool Common)> Supported = new(StringComparer.OrdinalIgnoreCase)
    {
        ["windows-1251"] = (true, true),
        ["koi8-r"] = (true, true),
        ["koi8-u"] = (true, false),
        ["ibm866"] = (true, false),
        ["iso-8859-5"] = (true, false),
        ["x-mac-cyrillic"] = (true, false),
        ["windows-1252"] = (false, true),
        ["iso-8859-1"] = (false, true),
        ["iso-8859-15"] = (false, false),
        ["windows-1250"] = (false, false),
        ["iso-8859-2"] = (false, false),
    };

    /// <summary>Decodes <paramref name="bytes"/>, which are not valid UTF-8 and hold no NUL.</summary>
    public static LegacyDecoding Decode(ReadOnlySpan<byte> bytes)
    {
        var (formWords, mostlyUpperHalf) = ShapeOfHighBytes(bytes);
        var cyrillic = formWords && mostlyUpperHalf;
        var detected = CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected;
        if (detected is { EncodingName: { } name }
            && Supported.TryGetValue(name, out var family)
            && detected.Confidence >= (family.Common ? ConfidentEnough : ConfidentEnoughForRare)
            && family.Cyrillic == formWords
            && StrictEncodings.FindByName(name) is { } encoding
            && StrictEncodings.TryDecode(encoding, bytes) is { } text
            && TextProfile.Of(text).Suspicious == 0)
        {
            var confidence = detected.Confidence.ToString("0.00", CultureInfo.InvariantCulture);
            return new(encoding.WebName, text, IsGuess: false, $"detected with confidence {confidence}");
        }

        var why = detected is null
            ? "the detector recognised nothing"
            : $"the detector suggested {detected.EncodingName} with confidence "
              + detected.Confidence.ToString("0.00", CultureInfo.InvariantCulture);
        return cyrillic ? GuessCyrillic(bytes, why) : GuessWestern(bytes, why);
    }

    /// <summary>
    /// Russian in cp1251 or KOI8-R puts its letters in 0xC0–0xFF (and Ё/ё at 0xA8/0xB8 or 0xB3/0xA3), one after another
    /// in whole words; Western text in cp1252 also uses 0xC0–0xFF (é, à, ü) but as single letters among ASCII ones.
    /// Both tests must hold; "whole words" means runs of three high bytes or more, which German "öß" is not.
    /// </summary>
    internal static bool HighBytesLookCyrillic(ReadOnlySpan<byte> bytes) => ShapeOfHighBytes(bytes) is (true, true);

    /// <summary>
    /// Whether most high bytes stand in runs of three or more (letters of words in a non-Latin alphabet, whatever the
    /// code page), and whether most are letters in cp1251's or KOI8-R's layout.
    /// </summary>
    private static (bool FormWords, bool MostlyUpperHalf) ShapeOfHighBytes(ReadOnlySpan<byte> bytes)
    {
        int high = 0, upperHalf = 0, inWords = 0, run = 0;
        foreach (var b in bytes)
        {
            if (b < 0x80)
            {
                inWords += run >= MinRussianWord ? run : 0;
                run = 0;
                continue;
            }

            high++;
            run++;
            upperHalf += b is >= 0xC0 or 0xA8 or 0xB8 or 0xA3 or 0xB3 ? 1 : 0;
        }

        inWords += run >= MinRussianWord ? run : 0;
        return (high > 0 && inWords * 2 >= high, high > 0 && upperHalf * 10 >= high * 6);
    }

    private static LegacyDecoding GuessCyrillic(ReadOnlySpan<byte> bytes, string why)
    {
        // cp1251 and KOI8-R put upper and lower case in opposite halves, so the wrong one reads mostly in capitals.
        var cp1251 = StrictEncodings.Windows1251.GetString(bytes);
        var koi8 = StrictEncodings.Koi8R.GetString(bytes);
        var koi8Wins = TextProfile.Of(koi8).LowercaseCyrillicShare > TextProfile.Of(cp1251).LowercaseCyrillicShare + 0.2;
        return koi8Wins
            ? new("koi8-r", koi8, IsGuess: true, $"{why}; the high bytes look like Cyrillic letters, and read as KOI8-R they are mostly lowercase")
            : new("windows-1251", cp1251, IsGuess: true, $"{why}; the high bytes look like Cyrillic letters");
    }

    private static LegacyDecoding GuessWestern(ReadOnlySpan<byte> bytes, string why)
    {
        // cp1252 leaves five bytes undefined; a file using them is read as latin-1, which defines every byte.
        return StrictEncodings.TryDecode(StrictEncodings.Windows1252, bytes) is { } text && TextProfile.Of(text).Suspicious == 0
            ? new("windows-1252", text, IsGuess: true, $"{why}; the high bytes do not look Cyrillic")
            : new("iso-8859-1", Encoding.Latin1.GetString(bytes), IsGuess: true, $"{why}; the high bytes do not look Cyrillic, and not all are defined in cp1252");
    }
}
