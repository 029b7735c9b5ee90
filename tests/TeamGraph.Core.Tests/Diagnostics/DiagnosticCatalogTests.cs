using TeamGraph.Core.Audit;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Markdown;

namespace TeamGraph.Core.Tests.Diagnostics;

public class DiagnosticCatalogTests
{
    /// <summary>Every class of Core that defines diagnostic codes or audit rules: the public static classes named *Codes.</summary>
    public static TheoryData<string> CodeClasses => [.. CodeClassTypes().Select(t => t.FullName!)];

    [Fact]
    public void CodeClasses_AreFound()
    {
        Assert.Contains(typeof(AuditRuleCodes), CodeClassTypes());
        Assert.Contains(typeof(MarkdownDiagnosticCodes), CodeClassTypes());
        Assert.True(CodeClassTypes().Count() >= 7);
    }

    [Theory]
    [MemberData(nameof(CodeClasses))]
    public void EveryCodeOfAClass_IsDescribed(string codeClass)
    {
        var type = typeof(DiagnosticCatalog).Assembly.GetType(codeClass)!;

        Assert.All(DiagnosticCatalog.CodesOf(type), code => Assert.NotNull(DiagnosticCatalog.Find(code)));
    }

    [Fact]
    public void EveryRule_HasASentenceForItsSummaryDescriptionAndHelp()
    {
        Assert.True(DiagnosticCatalog.All.Count >= 60);
        Assert.All(DiagnosticCatalog.All, rule =>
        {
            Assert.Matches("^[a-z]+(-[a-z0-9]+)*$", rule.Code);
            Assert.Matches("^[A-Z].*[.)]$", rule.Summary);
            Assert.StartsWith(rule.Summary, rule.Description, StringComparison.Ordinal);
            Assert.Matches("^[A-Z].*[.)]$", rule.Help);
            Assert.NotEqual(rule.Description, rule.Help);
        });
    }

    [Fact]
    public void RepeatedCode_IsDescribedOnceWhereItIsDefined()
    {
        Assert.Single(DiagnosticCatalog.All, r => r.Code == MarkdownDiagnosticCodes.EmptyDocument);
        Assert.Single(DiagnosticCatalog.All, r => r.Code == AuditRuleCodes.InternalError);
    }

    [Fact]
    public void AuditRules_AreTheCodesOfAuditRuleCodes()
    {
        Assert.Equal(
            DiagnosticCatalog.CodesOf(typeof(AuditRuleCodes)).Order(StringComparer.Ordinal),
            DiagnosticCatalog.AuditRules.Select(r => r.Code));
        Assert.Equal(DiagnosticSeverity.Info, DiagnosticCatalog.Find(AuditRuleCodes.ProbableHandoff)?.DefaultSeverity);
    }

    [Fact]
    public void Find_UnknownCode_IsNull() => Assert.Null(DiagnosticCatalog.Find("no-such-code"));

    [Fact]
    public void Summary_IsTheFirstSentence()
    {
        var rule = new DiagnosticRule("x", DiagnosticSeverity.Warning, "First one (this). Second one.", "Do it.");

        Assert.Equal("First one (this).", rule.Summary);
    }

    private static IEnumerable<Type> CodeClassTypes() =>
        typeof(DiagnosticCatalog).Assembly.GetTypes().Where(t => t is { IsPublic: true, IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Codes", StringComparison.Ordinal));
}
