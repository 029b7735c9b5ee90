using System.Text;
using TeamGraph.Core.Ingestion.Decoding;

namespace TeamGraph.Core.Tests.Ingestion.Decoding;

public class MojibakeRepairerTests
{
    private static readonly string[] Samples =
    [
        "Обеспечить надежную доставку кода в production.\n| **Код роли** | DO |",
        "Навигация",
        "Съешь же ещё этих мягких французских булок, да выпей чаю.",
        "Le café est prêt, à côté de l'hôtel — « voilà ».",
        "Noël où êtes-vous ? Ça dépend : déjà fini, Œuvre complète.",
        "Größe, Übergröße und Äpfel: schön müde Bären in der Straße.",
        "The team’s “release train” leaves at 9 — don’t be late… naïve résumé.",
        "Release notes: 50 € fee, ± 2 days, 5 ≤ n ≥ 3, → next, ✅ done, 🔴 urgent.",
        "Mixed: DevOps Engineer — инженер DevOps, équipe technique.",
    ];

    public static TheoryData<string, string> SamplesThroughEachCodePage()
    {
        var data = new TheoryData<string, string>();
        foreach (var sample in Samples)
        {
            foreach (var codePage in MojibakeCodePage.All)
            {
                data.Add(sample, codePage.DisplayName);
            }
        }

        return data;
    }

    public static TheoryData<string> GenuineTexts() => new(Samples.Concat(
    [
        "Use √ for square roots – never a caret. Ranges 1–5, √2 ≈ 1.41.",
        "Lorem—Äpfel",
        "Café – été",
        "Plain ASCII only.",
    ]));

    [Theory]
    [MemberData(nameof(SamplesThroughEachCodePage))]
    public void TryRepair_TextMisDecodedWithACodePage_RoundTripsExactly(string sample, string codePageName)
    {
        var codePage = MojibakeCodePage.All.Single(page => page.DisplayName == codePageName);
        var mojibake = codePage.Encoding.GetString(Encoding.UTF8.GetBytes(sample));
        if (!codePage.Encoding.GetBytes(mojibake).AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(sample)))
        {
            Assert.Fail($"{codePageName} cannot carry this sample's bytes; the sample set is wrong.");
        }

        var repair = MojibakeRepairer.TryRepair(mojibake);

        Assert.NotNull(repair);
        Assert.Equal(sample, repair.Text);
        Assert.Equal(codePageName, Assert.Single(repair.Layers).DisplayName);
        Assert.Null(MojibakeRepairer.TryRepair(repair.Text));
    }

    [Theory]
    [MemberData(nameof(GenuineTexts))]
    public void TryRepair_GenuineText_IsLeftAlone(string text)
    {
        Assert.Null(MojibakeRepairer.TryRepair(text));
    }

    [Fact]
    public void TryRepair_TextMisDecodedTwice_UndoesBothLayers()
    {
        const string Original = "Навигация: équipe";
        var once = Encoding.UTF8.GetBytes(StrictEncodings.Windows1252.GetString(Encoding.UTF8.GetBytes(Original)));
        var twice = StrictEncodings.MacRoman.GetString(once);

        var repair = MojibakeRepairer.TryRepair(twice);

        Assert.NotNull(repair);
        Assert.Equal(Original, repair.Text);
        Assert.Equal(["Mac Roman", "cp1252"], repair.Layers.Select(layer => layer.DisplayName));
        Assert.Equal("Mac Roman, and before that as cp1252", repair.DecodedAs);
    }
}
