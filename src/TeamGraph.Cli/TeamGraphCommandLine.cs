using System.CommandLine;

namespace TeamGraph.Cli;

/// <summary>The <c>teamgraph</c> command tree.</summary>
internal static class TeamGraphCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("TeamGraph: turn a team's Markdown role cards into a queryable graph.");
        return root;
    }
}
