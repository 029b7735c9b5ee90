using System.Globalization;
using System.Text;
using TeamGraph.Core.Ingestion.Markdown;

namespace TeamGraph.Core.Tests.Ingestion.Markdown;

public class RoleCardParserLargeCardTests
{
    [Fact]
    public void Parse_FiveMegabyteCard_ReadsEveryRow()
    {
        const int Repeats = 640;
        var text = LargeCard(Repeats);
        Assert.True(text.Length >= 5_000_000, $"The generated card has only {text.Length} characters.");

        var parsed = ParsedCard.FromText("large.md", text);

        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(Repeats * 40, parsed.Card.TechnicalSkills.Count);
        Assert.Equal(Repeats * 20, parsed.Card.Inputs.Count);
        Assert.Equal(Repeats * 10, parsed.Card.SoftSkills.Count);
        Assert.Equal(Repeats, parsed.Card.UnknownSections.Count);
        Assert.Equal(Repeats * 40, parsed.Card.Links.Count);
        var last = parsed.Card.Inputs[^1];
        Assert.Equal(text.Split('\n').Length - 2, last.Source.Line);
    }

    [Fact]
    public void Parse_RandomFragments_NeverThrow()
    {
        string[] fragments =
        [
            "# T\n", "## Technical Skills\n", "### ⚠️ Требует согласования\n", "| a | b |\n", "|---|---|\n", "| x |\n", "| x | y | z |\n",
            "- **k**: v\n", "1. step — detail\n", "```\n", "```mermaid\n", "~~~\n", "---\n", "> ", "- ", "  ", "**", "[l](", ")", "\n",
            "| Решение | С кем |\n", "Tech Lead + PM (", "❌ ", "<b>", "&amp;", "`", "\\", "\t", "## Inputs\n", "---\ncode: [\n---\n",
        ];
        var random = new Random(20240601);
        var parser = new RoleCardParser();
        for (var run = 0; run < 500; run++)
        {
            var text = new StringBuilder();
            for (var i = random.Next(1, 80); i > 0; i--)
            {
                text.Append(fragments[random.Next(fragments.Length)]);
            }

            var card = parser.Parse("fuzz.md", text.ToString(), []);
            Assert.Equal("fuzz.md", card.Path);
        }
    }

    private static string LargeCard(int repeats)
    {
        var text = new StringBuilder("# Large Role\n\n");
        for (var section = 0; section < repeats; section++)
        {
            text.Append("## Technical Skills\n\n| Навык | Уровень | Применение |\n|---|---|---|\n");
            for (var row = 0; row < 40; row++)
            {
                text.Append(CultureInfo.InvariantCulture, $"| **Skill {section}-{row}** | Expert | Pipelines, `builds` and [docs](../docs/{row}.md) for everything the team deploys every day |\n");
            }

            text.Append("\n## Soft Skills\n\n");
            for (var item = 0; item < 10; item++)
            {
                text.Append(CultureInfo.InvariantCulture, $"- **Trait {section}-{item}**: a long description of how this trait shows in incidents, reviews and planning\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"\n## Notes {section}\n\nFree text that no keyword names, kept as an unknown section with its raw Markdown.\n\n");
            text.Append("## Inputs (Получает)\n\n| Формат | От кого | Что получает |\n|---|---|---|\n");
            for (var row = 0; row < 20; row++)
            {
                text.Append(CultureInfo.InvariantCulture, $"| Docs | Tech Lead + PM (cost) | Infrastructure requirements number {section}-{row} for the next release |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
