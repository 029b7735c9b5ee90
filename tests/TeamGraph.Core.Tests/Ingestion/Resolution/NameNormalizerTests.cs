using System.Text;
using CsCheck;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Tests.Ingestion.Resolution;

public class NameNormalizerTests
{
    [Theory]
    [InlineData("**Tech  Lead**", "tech lead")]
    [InlineData("tech-lead", "tech lead")]
    [InlineData("  QA ", "qa")]
    [InlineData("Ёлка", "елка")]
    [InlineData("CI/CD", "ci cd")]
    [InlineData("---", "")]
    public void Normalize_FoldsCaseMarkupAndPunctuation(string name, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(name));

    [Theory]
    [InlineData("Backend Developers", "Backend Dev")]
    [InlineData("QA Engineer", "QA")]
    [InlineData("Release approvals", "release approval")]
    [InlineData("Staging deployments", "staging deployment")]
    public void Loosen_MakesSpellingVariantsEqual(string a, string b) =>
        Assert.Equal(NameNormalizer.Loosen(a), NameNormalizer.Loosen(b));

    [Theory]
    [InlineData("DevOps", "Dev")]
    [InlineData("Process", "Proces2")]
    public void Loosen_KeepsDifferentNamesApart(string a, string b) =>
        Assert.NotEqual(NameNormalizer.Loosen(a), NameNormalizer.Loosen(b));

    [Fact]
    public void Normalize_SkipsNfkcOnlyWhereIcuWouldChangeNothing()
    {
        // The fast path's claim, checked against ICU: every character it lets through, alone and next to every other
        // (composition works on neighbours), is unchanged by NFKC.
        var stable = Enumerable.Range(0, 0x80).Concat(Enumerable.Range(0x400, 0x100)).Select(c => (char)c).ToArray();
        var changed = new List<string>();
        foreach (var first in stable)
        {
            foreach (var second in stable)
            {
                var text = new string([first, second]);
                Assert.True(NameNormalizer.IsStableUnderNfkc(text));
                if (text.Normalize(NormalizationForm.FormKC) != text)
                {
                    changed.Add(text);
                }
            }
        }

        Assert.Empty(changed);
    }

    [Theory]
    [InlineData("\u00A0", " ")]                // no-break space
    [InlineData("ﬁle", "file")]               // a ligature
    [InlineData("Ｑ\u0410", "qа")]             // a full-width letter before a Cyrillic one
    [InlineData("и\u0306", "й")]               // a combining breve composes
    public void Normalize_StillAppliesNfkcOutsideTheFastPath(string name, string expectedLetters)
    {
        Assert.False(NameNormalizer.IsStableUnderNfkc(name));
        Assert.Equal(expectedLetters.Trim(), NameNormalizer.Normalize(name));
    }

    [Fact]
    public void Normalize_EqualsNfkcThenFoldingCharacterByCharacter()
    {
        // The definition, written the slow way: NFKC always, then each character's own case mapping.
        static string Reference(string name)
        {
            var builder = new StringBuilder();
            var pendingSpace = false;
            foreach (var c in name.Normalize(NormalizationForm.FormKC))
            {
                if (!char.IsLetterOrDigit(c))
                {
                    pendingSpace = true;
                    continue;
                }

                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                var lower = char.ToLowerInvariant(c);
                builder.Append(lower == 'ё' ? 'е' : lower);
                pendingSpace = false;
            }

            return builder.ToString();
        }

        var letters = Gen.OneOf(Gen.Char['A', 'z'], Gen.Char['\u0400', '\u04FF'], Gen.Char['\u00A0', '\u024F'], Gen.Char['\u2000', '\u2BFF'],
            Gen.Char['\uFB00', '\uFFEF'], Gen.Const('\u0306'), Gen.Const(' '), Gen.Const('-'), Gen.Char);
        // Names up to 128 characters are worked on the stack, longer ones in a rented buffer: both lengths are drawn.
        Gen.OneOf(letters.Array[0, 24], letters.Array[120, 400]).Select(chars => new string(chars)).Where(text => !char.IsSurrogate(text.LastOrDefault()))
            .Sample(text => Assert.Equal(Reference(text), NameNormalizer.Normalize(text)), iter: 20_000);
    }
}
