using TeamGraph.Core.Queries;
using static TeamGraph.Core.Tests.Queries.QueryTestTeam;

namespace TeamGraph.Core.Tests.Queries;

public class SearchIndexTests
{
    private readonly TeamGraphQueries _queries = CreateQueries();

    [Fact]
    public void Search_RanksExactThenPhraseThenAllWords()
    {
        var hits = _queries.Search("production down");

        Assert.Equal(
        [
            (SearchHitKind.Escalation, "Production down", 0),
            (SearchHitKind.Escalation, "Production down during tests", 1),
            (SearchHitKind.Responsibility, "Down in production checks", 2),
        ], hits.Select(h => (h.Kind, h.Text, h.Rank)));
    }

    [Fact]
    public void Search_SameRank_PutsShorterTextsFirstThenByKind()
    {
        var hits = _queries.Search("production");

        Assert.Equal(
        [
            "Production down", "Production release", "Down in production checks", "Production down during tests",
            "Production deployment outside the window",
        ], hits.Select(h => h.Text));
        Assert.All(hits, h => Assert.Equal(1, h.Rank));
    }

    [Fact]
    public void Search_SameTextOfTwoKinds_ListsBothInKindOrder()
    {
        var hits = _queries.Search("Release approval");

        Assert.Equal(
            [(SearchHitKind.Responsibility, "responsibility:QA:release-approval"), (SearchHitKind.Handoff, "handoff:QA>DO:release-approval")],
            hits.Select(h => (h.Kind, h.NodeId)));
        Assert.Equal(["role:DO", "role:QA"], hits[1].ActorIds);
        Assert.Equal(["role:QA"], hits[0].ActorIds);
    }

    [Fact]
    public void Search_WordPrefixes_MatchEveryWordInAnyOrder()
    {
        var hits = _queries.Search("appr rel");

        Assert.Equal(["Release approval", "Release approval"], hits.Select(h => h.Text));
        Assert.All(hits, h => Assert.Equal(2, h.Rank));
    }

    [Fact]
    public void Search_SharedSkill_BelongsToEveryRoleThatHasIt()
    {
        var hit = Assert.Single(_queries.Search("DOCKER"));

        Assert.Equal((SearchHitKind.Skill, "skill:docker", "Docker"), (hit.Kind, hit.NodeId, hit.Text));
        Assert.Equal(["role:BE", "role:DO"], hit.ActorIds);
        Assert.StartsWith("roles/", hit.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_ToolsArtifactsDecisionsAndApprovals_AreFound()
    {
        Assert.Equal(SearchHitKind.Tool, Assert.Single(_queries.Search("gitlab")).Kind);
        Assert.Equal([SearchHitKind.Artifact], _queries.Search("helm").Select(h => h.Kind));
        Assert.Equal([SearchHitKind.Decision], _queries.Search("library").Select(h => h.Kind));
        var approval = Assert.Single(_queries.Search("budget"));
        Assert.Equal((SearchHitKind.Approval, "role:DO", "roles/devops-engineer.md:44"), (approval.Kind, approval.NodeId, approval.Source));
    }

    [Theory]
    [InlineData("")]
    [InlineData("!!! ---")]
    [InlineData("release meteor")]
    public void Search_NoWordsOrAWordNowhere_FindsNothing(string text) => Assert.Empty(_queries.Search(text));

    [Fact]
    public void Search_First_BoundsTheHitsAndKeepsTheOrder()
    {
        var all = _queries.Search("release");
        var two = _queries.Search("release", first: 2);

        Assert.Equal(all.Take(2), two);
        Assert.Equal("Release", all[0].Text);
        Assert.Throws<ArgumentOutOfRangeException>(() => _queries.Search("release", first: 0));
    }
}
