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
}
