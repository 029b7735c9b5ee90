using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeamGraph.Api.Ui;

namespace TeamGraph.Api.Tests;

/// <summary>The README's example queries, run on seed/: each answer written there must be the API's answer.</summary>
public sealed partial class ReadmeExamplesTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    public static TheoryData<string, string> Examples()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("### Example queries\n", StringComparison.Ordinal);
        var section = readme[start..readme.IndexOf("\n### ", start + 1, StringComparison.Ordinal)];
        var data = new TheoryData<string, string>();
        foreach (Match pair in QueryAndAnswer().Matches(section))
        {
            data.Add(pair.Groups["query"].Value, pair.Groups["answer"].Value);
        }

        return data;
    }

    [Fact]
    public void Readme_HasTheExamplesTheIssueAsksFor() =>
        Assert.Equal(3, Examples().Count);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_IsOneGraphiQLOpens(string query, string answer)
    {
        _ = answer;
        var opened = ExampleQueries.All.Select(example => WithoutComments(example.Query));

        Assert.Contains(WithoutComments(query), opened);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_AnswersAsTheReadmeSays(string query, string answer)
    {
        using var response = await factory.CreateClient().PostAsJsonAsync("/graphql", new { query }, TestContext.Current.CancellationToken);
        var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(answer), actual), $"README says:\n{answer}\nthe API says:\n{actual}");
    }

    private static string WithoutComments(string query) =>
        string.Join('\n', query.ReplaceLineEndings("\n").Split('\n').Where(line => !line.TrimStart().StartsWith('#')).Select(line => line.TrimEnd())).Trim();

    [GeneratedRegex("```graphql\n(?<query>.*?)```\n\n```json\n(?<answer>.*?)```", RegexOptions.Singleline)]
    private static partial Regex QueryAndAnswer();
}
