using System.Text;

namespace TeamGraph.Core.Tests.Ingestion.Markdown;

/// <summary>The real seed card, repaired as the decoding stage would: its UTF-8 text was once read as Mac Roman.</summary>
internal static class SeedCard
{
    public const string Path = "roles/devops-engineer.md";

    public static string Text { get; } = Repair(File.ReadAllText(System.IO.Path.Combine(TestPaths.RepoRoot, "seed", "roles", "devops-engineer.md"), Encoding.UTF8));

    // .NET's Mac Roman (code page 10000) maps byte 0xBD to U+2126 OHM SIGN, but the mojibake was written with
    // Apple's current table, where 0xBD is U+03A9 GREEK CAPITAL OMEGA ("н" is D0 BD); without the swap every "н" is lost.
    private static string Repair(string mojibake)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var macRoman = Encoding.GetEncoding(10000, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        return Encoding.UTF8.GetString(macRoman.GetBytes(mojibake.Replace('\u03A9', '\u2126')));
    }
}
