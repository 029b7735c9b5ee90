using System.CommandLine;

namespace TeamGraph.Cli;

/// <summary><c>--quiet</c> (<c>-q</c>), on every command: no progress on stderr.</summary>
internal static class QuietOption
{
    public const string Name = "--quiet";

    public static Option<bool> Create() => new(Name, "-q")
    {
        Description = "Show no progress (errors and the summary still go to stderr).",
        Recursive = true,
    };
}
