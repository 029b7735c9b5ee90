using System.Text;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Decoding;

namespace TeamGraph.Core.Tests.Ingestion.Decoding;

public partial class DocumentDecoderTests
{
    [Theory]
    [InlineData("mojibake-macroman.md", "Mac Roman")]
    [InlineData("mojibake-cp1252.md", "cp1252")]
    [InlineData("mojibake-latin1.md", "latin-1")]
    public void Decode_Mojibake_IsRepairedExactlyAndReported(string file, string codePage)
    {
        var document = DecodingSample.Decode(file);

        Assert.Equal(DecodingSample.Expected(file), document.Text);
        Assert.Equal("utf-8", document.EncodingName);
        Assert.Equal($"mojibake: UTF-8 read as {codePage}", document.Repair);
        var diagnostic = DecodingSample.Single(document, DecodingDiagnosticCodes.MojibakeRepaired);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal(file, diagnostic.Path);
        Assert.Equal($"Repaired mojibake: UTF-8 text that had been decoded as {codePage} and re-saved.", diagnostic.Message);
    }

    [Fact]
    public void Decode_SeedDevOpsCard_RepairsTheMacRomanMojibakeOfTheWholeFile()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "seed", "roles", "devops-engineer.md"));
        var original = Encoding.UTF8.GetString(bytes);

        var document = new DocumentDecoder().Decode("roles/devops-engineer.md", bytes);

        var text = Assert.IsType<string>(document.Text);
        Assert.Contains("**Навигация**", text, StringComparison.Ordinal);
        Assert.Contains(
            "Обеспечить надежную, автоматизированную доставку кода в production и стабильную работу инфраструктуры логистической системы",
            text,
            StringComparison.Ordinal);
        Assert.Contains("| **Код роли** | DO |", text, StringComparison.Ordinal);
        Assert.Equal(MermaidBlockOf(original), MermaidBlockOf(text));
        Assert.Contains("TL -->|infra requirements| DO", MermaidBlockOf(text), StringComparison.Ordinal);
        Assert.Equal(original.Split('\n').Length, text.Split('\n').Length);
        Assert.Equal("mojibake: UTF-8 read as Mac Roman", document.Repair);
        Assert.Equal(DecodingDiagnosticCodes.MojibakeRepaired, Assert.Single(document.Diagnostics).Code);
    }

    [Fact]
    public void Decode_FiveMegabyteMojibakeFile_IsRepairedWhole()
    {
        var card = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "seed", "roles", "devops-engineer.md"));
        var builder = new StringBuilder();
        while (builder.Length < 5_000_000)
        {
            builder.Append(card);
        }

        var bytes = Encoding.UTF8.GetBytes(builder.ToString().Replace("\n", "\r\n", StringComparison.Ordinal));
        var document = new DocumentDecoder().Decode("big.md", bytes);

        Assert.Equal("mojibake: UTF-8 read as Mac Roman", document.Repair);
        Assert.Equal(builder.ToString().Split('\n').Length, document.Text!.Split('\n').Length);
    }

    private static string MermaidBlockOf(string text)
    {
        var start = text.IndexOf("```mermaid", StringComparison.Ordinal);
        var end = text.IndexOf("```", start + 3, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "The card has no mermaid block.");
        return text[start..end];
    }
}
