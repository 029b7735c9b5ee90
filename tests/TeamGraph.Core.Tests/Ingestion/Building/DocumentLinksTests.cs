using TeamGraph.Core.Ingestion.Building;

namespace TeamGraph.Core.Tests.Ingestion.Building;

public class DocumentLinksTests
{
    [Theory]
    [InlineData("roles/devops-engineer.md", "../README.md", "README.md")]
    [InlineData("roles/devops-engineer.md", "../../tech-stack/overview.md", "../tech-stack/overview.md")]
    [InlineData("roles/devops-engineer.md", "../interactions/qa-to-devops.md#release", "interactions/qa-to-devops.md")]
    [InlineData("roles/devops-engineer.md", "./qa.md", "roles/qa.md")]
    [InlineData("README.md", "roles/my%20card.md", "roles/my card.md")]
    [InlineData("roles/a.md", "#section", "roles/a.md")]
    public void ResolvePath_IsRelativeToTheCardsFolder(string from, string target, string expected) =>
        Assert.Equal(expected, DocumentLinks.ResolvePath(from, target));
}
