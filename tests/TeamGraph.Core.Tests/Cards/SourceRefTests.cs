using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Tests.Cards;

public class SourceRefTests
{
    [Theory]
    [InlineData("roles/devops.md:12", "roles/devops.md", 12)]
    [InlineData("C:/docs/a.md:3", "C:/docs/a.md", 3)]
    [InlineData("roles/a.md", "roles/a.md", 0)]
    [InlineData("roles/a.md:x", "roles/a.md:x", 0)]
    [InlineData("roles/a.md:-1", "roles/a.md:-1", 0)]
    [InlineData(":5", ":5", 0)]
    [InlineData("", "", 0)]
    [InlineData(null, "", 0)]
    public void Parse_PathLine_SplitsAtTheLastColon(string? text, string path, int line) =>
        Assert.Equal(new SourceRef(path, line), SourceRef.Parse(text));

    [Fact]
    public void Parse_WhatToStringWrites_GivesTheSameSource()
    {
        var source = new SourceRef("roles/qa:engineer.md", 42);

        Assert.Equal(source, SourceRef.Parse(source.ToString()));
    }
}
