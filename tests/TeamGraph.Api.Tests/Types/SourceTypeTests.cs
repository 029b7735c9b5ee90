using Microsoft.Extensions.Options;
using TeamGraph.Api.Tests.Http.Limits;

namespace TeamGraph.Api.Tests.Types;

/// <summary><c>Source.url</c>: made from TeamGraph:SourceLinkTemplate, null without one.</summary>
public sealed class SourceTypeTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private const string Query = """{ role(id: "DO") { source { path line url } decisions { source { path line url } } } }""";

    [Fact]
    public async Task Url_WithoutATemplate_IsNull()
    {
        var data = await factory.CreateClient().QueryAsync(Query);

        Assert.Equal("roles/devops-engineer.md", data.Text("role.source.path"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.At("role.source.url").ValueKind);
        Assert.All(data.At("role.decisions").EnumerateArray(), d => Assert.Equal(System.Text.Json.JsonValueKind.Null, d.At("source.url").ValueKind));
    }

    [Fact]
    public async Task Url_WithATemplate_FillsThePathAndTheLineOfEachSource()
    {
        await using var api = factory.With(("TeamGraph:SourceLinkTemplate", "https://github.com/acme/team/blob/main/{path}#L{line}"));

        var data = await api.CreateClient().QueryAsync(Query);

        Assert.Equal("https://github.com/acme/team/blob/main/roles/devops-engineer.md#L1", data.Text("role.source.url"));
        var decisions = data.At("role.decisions").EnumerateArray().ToList();
        Assert.NotEmpty(decisions);
        Assert.All(decisions, d => Assert.Equal(
            $"https://github.com/acme/team/blob/main/{d.Text("source.path")}#L{d.Number("source.line")}", d.Text("source.url")));
    }

    [Fact]
    public async Task Url_FromTheTeamGraphVariable_IsUsedToo()
    {
        // TEAMGRAPH_SourceLinkTemplate arrives as SourceLinkTemplate at the root once the prefix is stripped.
        await using var api = factory.With(("SourceLinkTemplate", "https://git.example.com/team/-/blob/main/{path}?plain=1#L{line}"));

        var data = await api.CreateClient().QueryAsync(Query);

        Assert.Equal("https://git.example.com/team/-/blob/main/roles/devops-engineer.md?plain=1#L1", data.Text("role.source.url"));
    }

    [Theory]
    [InlineData("https://github.com/acme/team/blob/main/#L{line}", "{path}")]
    [InlineData("https://github.com/acme/team/blob/main/{file}/{path}", "{path}")]
    [InlineData("file:///srv/team/{path}", "http(s)")]
    public void InvalidTemplate_FailsAtStartSayingWhatItMustBe(string template, string expected)
    {
        using var api = factory.With(("TeamGraph:SourceLinkTemplate", template));

        var error = Assert.Throws<OptionsValidationException>(() => api.CreateClient());

        Assert.Contains("TeamGraph:SourceLinkTemplate", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
