using TeamGraph.Core.Ingestion.Markdown;

namespace TeamGraph.Core.Tests.Ingestion.Markdown;

public class PartyCellSplitterTests
{
    public static TheoryData<string, string[], string?> SeedNames => new()
    {
        // Every name /work/shared/seed/README.md lists for the seed card's parties.
        { "Tech Lead", ["Tech Lead"], null },
        { "QA", ["QA"], null },
        { "QA + Team", ["QA", "Team"], null },
        { "PM", ["PM"], null },
        { "Developers", ["Developers"], null },
        { "Team", ["Team"], null },
        { "Monitoring", ["Monitoring"], null },
        { "Stakeholders", ["Stakeholders"], null },
        { "Tech Lead + PM (cost)", ["Tech Lead", "PM"], "cost" },
        { "Tech Lead + PM немедленно", ["Tech Lead", "PM"], "немедленно" },
        { "Tech Lead + PM + Stakeholders", ["Tech Lead", "PM", "Stakeholders"], null },
        { "PM + Tech Lead", ["PM", "Tech Lead"], null },
    };

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Split_SeedPartyCell_GivesNamesAndNote(string raw, string[] names, string? note)
    {
        var cell = PartyCellSplitter.Split(raw);

        Assert.Equal(raw, cell.Raw);
        Assert.Equal(names, cell.Names);
        Assert.Equal(note, cell.Note);
    }

    [Theory]
    [InlineData("QA / PM", new[] { "QA", "PM" })]
    [InlineData("Railway/Render", new[] { "Railway/Render" })]
    [InlineData("R&D", new[] { "R&D" })]
    [InlineData("DevOps & PM", new[] { "DevOps", "PM" })]
    [InlineData("QA+Team", new[] { "QA", "Team" })]
    [InlineData("Tech Lead, PM", new[] { "Tech Lead", "PM" })]
    [InlineData("Backend Dev and Frontend Dev", new[] { "Backend Dev", "Frontend Dev" })]
    [InlineData("Бэкенд и Фронтенд", new[] { "Бэкенд", "Фронтенд" })]
    [InlineData("developers", new[] { "developers" })]
    [InlineData("  ", new string[0])]
    public void Split_Separators_SplitOnlyBetweenParties(string raw, string[] names) =>
        Assert.Equal(names, PartyCellSplitter.Split(raw).Names);

    [Theory]
    [InlineData("Backend developers", "Backend developers")]
    [InlineData("Техлид срочно", "Техлид срочно")]
    public void Split_LowercaseWordsInTheNamesOwnScript_StayPartOfTheName(string raw, string name)
    {
        var cell = PartyCellSplitter.Split(raw);

        Assert.Equal([name], cell.Names);
        Assert.Null(cell.Note);
    }

    [Fact]
    public void Split_SeveralNotes_JoinsThemInOrder()
    {
        var cell = PartyCellSplitter.Split("DevOps (on call) + PM позже");

        Assert.Equal(["DevOps", "PM"], cell.Names);
        Assert.Equal("on call; позже", cell.Note);
    }
}
