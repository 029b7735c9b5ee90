using System.Text;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Markdown;

namespace TeamGraph.Core.Tests.Ingestion.Markdown;

/// <summary>
/// Markdig refuses containers nested past 128 with an exception, so the parser drops the too-deep lines first.
/// Each parse runs on a thread with a small stack, which a recursive walk of 2,000 levels would overflow.
/// </summary>
public class RoleCardParserNestingTests
{
    private const int SmallStack = 256 * 1024;

    [Theory]
    [InlineData("deep-list.md")]
    [InlineData("deep-blockquote.md")]
    public void Parse_TwoThousandLevelsOnOneLine_ReportsTheLineAndParsesTheRest(string fileName)
    {
        var parsed = OnSmallStack(() => ParsedCard.FromData(fileName));

        var error = parsed.Single(MarkdownDiagnosticCodes.NestingTooDeep);
        Assert.Equal((DiagnosticSeverity.Error, (int?)3), (error.Severity, error.Line));
        Assert.NotNull(parsed.Card.Title);
        Assert.Equal("Runbooks", Assert.Single(parsed.Card.Artifacts).Name);
    }

    [Fact]
    public void Parse_ListIndentedTwoThousandLevels_KeepsTheShallowPart()
    {
        var text = new StringBuilder("# Deep\n\n");
        for (var level = 0; level < 2000; level++)
        {
            text.Append(' ', level * 2).Append("- level ").Append(level).Append('\n');
        }

        var parsed = OnSmallStack(() => ParsedCard.FromText("deep.md", text.Append("\n## Artifacts\n\n- Runbooks\n").ToString()));

        // Lines 3.. hold levels 0..; a list level is two containers, so level 32 (line 35) is the first too deep.
        Assert.Equal(35, parsed.Single(MarkdownDiagnosticCodes.NestingTooDeep).Line);
        Assert.Equal("Runbooks", Assert.Single(parsed.Card.Artifacts).Name);
    }

    [Fact]
    public void Parse_BlockquoteDeepeningLineByLine_ReportsOneRun()
    {
        var text = new StringBuilder("# Deep\n\n");
        for (var level = 1; level <= 2000; level++)
        {
            text.Append('>', level).Append(" quote\n");
        }

        var parsed = OnSmallStack(() => ParsedCard.FromText("deep.md", text.ToString()));

        Assert.Equal(2 + NestingGuard.MaxDepth + 1, parsed.Single(MarkdownDiagnosticCodes.NestingTooDeep).Line);
        Assert.Equal("Deep", parsed.Card.Title?.Text);
    }

    [Fact]
    public void Parse_NestingAtTheLimit_IsKept()
    {
        var text = "# Deep\n\n" + new string('>', NestingGuard.MaxDepth) + " quote\n";

        Assert.Empty(ParsedCard.FromText("deep.md", text).Diagnostics);
    }

    [Fact]
    public void Parse_DeeplyNestedInlines_ReadsCellTextWithoutRecursion()
    {
        var cell = string.Concat(Enumerable.Repeat("*a ", 2000)) + "core" + string.Concat(Enumerable.Repeat(" b*", 2000));
        var text = $"# Deep\n\n## Tools\n\n| Tool | Usage |\n|---|---|\n| Docker | {cell} |\n";

        var parsed = OnSmallStack(() => ParsedCard.FromText("deep.md", text));

        Assert.Contains("core", Assert.Single(parsed.Card.Tools).Usage, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DeeplyIndentedYamlInAFence_IsNotNesting()
    {
        var yaml = string.Concat(Enumerable.Range(0, 200).Select(level => new string(' ', level * 2) + "- item\n"));
        var parsed = ParsedCard.FromText("card.md", $"# Card\n\n## Example tasks\n\n### Deep YAML\n\n```yaml\n{yaml}```\n");

        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(yaml.TrimEnd('\n'), Assert.Single(parsed.Card.Examples).Code);
    }

    private static ParsedCard OnSmallStack(Func<ParsedCard> parse)
    {
        ParsedCard? result = null;
        var thread = new Thread(() => result = parse(), SmallStack);
        thread.Start();

        // A guard against a hang, not a speed goal: the parse takes well under a second.
        Assert.True(thread.Join(TimeSpan.FromSeconds(120)), "The parse did not finish: it hangs.");
        return result ?? throw new InvalidOperationException("The parse threw on its thread.");
    }
}
