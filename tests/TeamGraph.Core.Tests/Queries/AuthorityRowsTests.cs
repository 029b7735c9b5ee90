using TeamGraph.Core.Queries;
using static TeamGraph.Core.Tests.Queries.QueryTestTeam;

namespace TeamGraph.Core.Tests.Queries;

public class AuthorityRowsTests
{
    private readonly TeamGraphQueries _queries = CreateQueries();

    [Theory]
    [InlineData("production down")]
    [InlineData("PRODUCTION  DOWN!")]
    [InlineData("down production")]
    [InlineData("prod")]
    public void FindEscalations_AnyCaseWordOrderOrPartOfAWord_FindsEveryRowWithAllWords(string situation)
    {
        var matches = _queries.FindEscalations(situation);

        Assert.Equal(
            [("role:DO", "Production down", "немедленно"), ("role:QA", "Production down during tests", "немедленно")],
            matches.Select(m => (m.RoleId, m.Situation, m.Urgency)));
    }

    [Fact]
    public void FindEscalations_Row_ListsThePeopleToCallWithItsSource()
    {
        var match = Assert.Single(_queries.FindEscalations("production down"), m => m.RoleId == "role:DO");

        Assert.Equal([("role:PM", null), ("role:TL", null)], match.Contacts.Select(c => (c.Id, c.ViaGroup)));
        Assert.Equal("roles/devops-engineer.md:50", match.Source);
    }

    [Fact]
    public void FindEscalations_ToAGroup_ListsEachMemberWithTheGroup()
    {
        var match = Assert.Single(_queries.FindEscalations("during tests"));

        Assert.Equal([("role:BE", "group:developers"), ("role:FE", "group:developers")], match.Contacts.Select(c => (c.Id, c.ViaGroup)));
        Assert.Equal(("Role", "Backend Developer"), (match.Contacts[0].Label, match.Contacts[0].Name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void FindEscalations_WithoutASituation_ListsEveryRowByRoleThenSituation(string? situation)
    {
        var matches = _queries.FindEscalations(situation);

        Assert.Equal(
        [
            ("role:DO", "Production down"), ("role:DO", "Security incident"), ("role:QA", "Data corruption found"),
            ("role:QA", "Production down during tests"), ("role:TL", "Architecture deadline at risk"),
        ], matches.Select(m => (m.RoleId, m.Situation)));
    }

    [Fact]
    public void FindEscalations_NothingMatches_IsEmpty() => Assert.Empty(_queries.FindEscalations("meteor strike"));

    [Fact]
    public void FindApprovals_ByDecision_SaysWhoSignsOffWithTheNote()
    {
        var match = Assert.Single(_queries.FindApprovals("production deployment"));

        Assert.Equal(("role:DO", "Production deployment outside the window", "cost"), (match.RoleId, match.Decision, match.Note));
        Assert.Equal(["role:PM", "role:TL"], match.Approvers.Select(a => a.Id));
        Assert.Equal("roles/devops-engineer.md:43", match.Source);
    }

    [Fact]
    public void FindApprovals_AllRows_AreSortedByRoleThenDecision()
    {
        var matches = _queries.FindApprovals(null);

        Assert.Equal(
            ["Infrastructure budget", "Production deployment outside the window", "Block a release"],
            matches.Select(m => m.Decision));
        Assert.Equal("release window", matches[2].Note);
        Assert.Equal(["role:DO", "role:PM"], matches[2].Approvers.Select(a => a.Id));
    }
}
