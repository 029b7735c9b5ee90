using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Store;

namespace TeamGraph.Core.Tests.Store;

public sealed class ActorSuggestionsTests
{
    private static readonly Lazy<IReadOnlyList<GraphNode>> Actors = new(() =>
        [.. new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed")).Graph.Nodes
            .Where(n => n.Label is NodeLabels.Role or NodeLabels.Group or NodeLabels.ExternalActor)]);

    [Theory]
    [InlineData("QAA", "role:QA")]
    [InlineData("Devops Engineeer", "role:DO")]
    [InlineData("инженер devops", "role:DO")]
    [InlineData("group:developer", "group:developers")]
    [InlineData("stakeholder", "external:stakeholders")]
    public void Closest_ANearMiss_PutsTheMeantActorFirst(string name, string expected)
    {
        var closest = ActorSuggestions.Closest(Actors.Value, name);

        Assert.Equal(expected, closest[0].Id);
        Assert.Equal(ActorSuggestions.DefaultCount, closest.Count);
        Assert.Equal(closest.Count, closest.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public void Closest_EqualDistances_AreInIdOrderAndTheCountIsKept()
    {
        var first = ActorSuggestions.Closest(Actors.Value, "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", count: 5);
        var again = ActorSuggestions.Closest(Actors.Value.Reverse(), "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", count: 5);

        Assert.Equal(5, first.Count);
        Assert.Equal(first.Select(a => a.Id), again.Select(a => a.Id));
        Assert.Empty(ActorSuggestions.Closest([], "QA"));
    }

    [Fact]
    public void Describe_ARoleGroupAndOutsideParty_ByCodeAndNameOrName()
    {
        Assert.Equal("DO (DevOps Engineer)", ActorSuggestions.Describe(Actors.Value.Single(a => a.Id == "role:DO")));
        Assert.Equal("Developers", ActorSuggestions.Describe(Actors.Value.Single(a => a.Id == "group:developers")));
    }
}
