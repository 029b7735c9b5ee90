using System.CommandLine;

namespace TeamGraph.Cli;

/// <summary>
/// The one line to print for a mistyped command or option, instead of the parser's errors, which list every token
/// after the typo as unrecognised too: <c>teamgraph lnt seed</c> → <c>unknown command 'lnt': did you mean 'lint'?</c>.
/// </summary>
internal static class TypoHint
{
    /// <summary>The hint for the first unmatched token of <paramref name="parseResult"/>, or <see langword="null"/> when it is not a typo of a command or option.</summary>
    public static string? For(ParseResult parseResult)
    {
        if (parseResult.UnmatchedTokens.Count == 0)
        {
            return null;
        }

        var typed = parseResult.UnmatchedTokens[0];
        var command = parseResult.CommandResult.Command;
        if (typed.StartsWith('-'))
        {
            // "-x" is one letter from half the short aliases: no guess is better than three wrong ones.
            if (Normalize(typed).Length < 2)
            {
                return null;
            }

            var options = OptionsOf(parseResult).ToList();
            var close = DidYouMean.Closest(typed, options, o => [o.Name, .. o.Aliases], Normalize);
            return close.Count > 0 ? $"unknown option '{typed}': did you mean {Quoted(close.Select(o => o.Name))}?" : null;
        }

        if (command.Subcommands.Count == 0)
        {
            return null;
        }

        var commands = command.Subcommands.Where(c => !c.Hidden).ToList();
        var closeCommands = DidYouMean.Closest(typed, commands, c => [c.Name, .. c.Aliases], Normalize);
        return closeCommands.Count > 0
            ? $"unknown command '{typed}': did you mean {Quoted(closeCommands.Select(c => c.Name))}?"
            : $"unknown command '{typed}': the commands are {string.Join(", ", commands.Select(c => c.Name))}.";
    }

    // The command's own options and those its ancestors share with it (--verbose, --quiet, --document-budget).
    private static IEnumerable<Option> OptionsOf(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        return command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive))).Where(o => !o.Hidden);
    }

    private static string Quoted(IEnumerable<string> names) => DidYouMean.Alternatives([.. names.Select(n => $"'{n}'")]);

    private static string Normalize(string name) => name.TrimStart('-').ToLowerInvariant();
}
