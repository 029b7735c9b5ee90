using TeamGraph.Core.Diagrams;

namespace TeamGraph.Cli.Tests;

public sealed class DiagramOptionSetTests
{
    [Fact]
    public void Parse_NoArguments_IsTheTeamsHandoffsInMermaid()
    {
        var (options, errors) = DiagramOptionSet.Parse([]);

        Assert.Empty(errors);
        Assert.Equal((DiagramScopeKind.Team, DiagramFormat.Mermaid), (options!.Scope, options.Format));
        Assert.Equal([EdgeKind.Handoff], options.Kinds);
        Assert.Empty(options.Roles);
    }

    [Fact]
    public void Parse_EveryOption_IsRead()
    {
        var (options, _) = DiagramOptionSet.Parse(["--from", "Backend Developer", "--to", "QA", "--max-hops", "2", "--max-paths", "7", "--kinds", "handoff,escalation", "-f", "dot"]);

        Assert.Equal(new DiagramOptions(DiagramScopeKind.Chains, options!.Roles, 1, 2, 7, options.Kinds, DiagramFormat.Dot), options);
        Assert.Equal(["Backend Developer", "QA"], options.Roles);
        Assert.Equal([EdgeKind.Handoff, EdgeKind.Escalation], options.Kinds.Order());
    }

    [Theory]
    [InlineData("dir")]
    [InlineData("-o", "out.md")]
    [InlineData("--help")]
    [InlineData("@options.rsp")]
    [InlineData("--depth", "0", "--role", "DO")]
    [InlineData("--depth", "33", "--role", "DO")]
    public void Parse_WhatABlockMayNotSay_IsAnError(params string[] arguments)
    {
        var (options, errors) = DiagramOptionSet.Parse(arguments);

        Assert.Null(options);
        Assert.NotEmpty(errors);
    }
}
