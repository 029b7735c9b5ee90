using System.Text.RegularExpressions;

namespace TeamGraph.Cli.Tests;

/// <summary>The README's table of contents links every section, by the anchors GitHub gives its headings.</summary>
public sealed partial class ReadmeContentsTests
{
    private const string ContentsHeading = "## Contents";

    [Fact]
    public void Contents_LinksEverySectionInOrder()
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "README.md"));
        var contentsAt = Array.IndexOf(lines, ContentsHeading);
        Assert.True(contentsAt >= 0, $"the README has no '{ContentsHeading}' section");

        var sections = SectionHeadings(lines).Where(heading => heading.Text != "Contents").ToList();
        var listed = lines.Skip(contentsAt + 1).TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal))
            .Select(line => ContentsEntry().Match(line)).Where(match => match.Success)
            .Select(match => (Text: match.Groups["text"].Value, Anchor: match.Groups["anchor"].Value)).ToList();

        Assert.Equal(sections.Select(s => (s.Text, s.Anchor)), listed);
    }

    [Theory]
    [InlineData("The command line", "the-command-line")]
    [InlineData("Run with Neo4j", "run-with-neo4j")]
    [InlineData("Глоссарий", "глоссарий")]
    [InlineData("Reloading, limits & safety (v2)", "reloading-limits--safety-v2")]
    public void Anchor_IsGitHubs(string heading, string anchor) => Assert.Equal(anchor, Anchor(heading));

    /// <summary>The <c>##</c> and <c>###</c> headings outside code blocks, each with its anchor (repeats get <c>-1</c>, <c>-2</c>, ...).</summary>
    private static IEnumerable<(string Text, string Anchor, int Level)> SectionHeadings(string[] lines)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var inCode = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
                continue;
            }

            var level = line.StartsWith("### ", StringComparison.Ordinal) ? 3 : line.StartsWith("## ", StringComparison.Ordinal) ? 2 : 0;
            if (inCode || level == 0)
            {
                continue;
            }

            var text = line[(level + 1)..].Trim();
            var anchor = Anchor(text);
            var repeat = seen.GetValueOrDefault(anchor);
            seen[anchor] = repeat + 1;
            yield return (text, repeat == 0 ? anchor : $"{anchor}-{repeat}", level);
        }
    }

    // GitHub: lower case, punctuation other than '-' and '_' dropped, each space a '-'.
    private static string Anchor(string heading) =>
        string.Concat(heading.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ').Select(c => c == ' ' ? '-' : c));

    [GeneratedRegex(@"^\s*[-*] \[(?<text>[^\]]+)\]\(#(?<anchor>[^)]+)\)\s*$")]
    private static partial Regex ContentsEntry();
}
