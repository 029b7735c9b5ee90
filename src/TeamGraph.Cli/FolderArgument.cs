using System.CommandLine;

namespace TeamGraph.Cli;

/// <summary>The <c>&lt;dir&gt;</c> argument: a folder of role cards that must exist, checked while parsing.</summary>
internal static class FolderArgument
{
    public static Argument<DirectoryInfo> Create()
    {
        var argument = new Argument<DirectoryInfo>("dir") { Description = "The folder of Markdown role cards to read." };
        argument.Validators.Add(result =>
        {
            var given = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (given is null || Directory.Exists(given))
            {
                return;
            }

            result.AddError(File.Exists(given)
                ? $"'{given}' is a file, not a directory."
                : $"Directory '{given}' does not exist.");
        });
        return argument;
    }
}
