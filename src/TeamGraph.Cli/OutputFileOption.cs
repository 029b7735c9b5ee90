using System.CommandLine;

namespace TeamGraph.Cli;

/// <summary>The <c>-o file</c> option: a file whose folder exists, checked while parsing.</summary>
internal static class OutputFileOption
{
    public static Option<FileInfo?> Create()
    {
        var option = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of stdout." };
        option.Validators.Add(result =>
        {
            var given = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            var folder = given is null ? null : Path.GetDirectoryName(Path.GetFullPath(given));
            if (Directory.Exists(given))
            {
                result.AddError($"Output '{given}' is a directory, not a file.");
            }
            else if (folder is not null && File.Exists(folder))
            {
                result.AddError($"Cannot write output file '{given}': '{folder}' is a file, not a directory.");
            }
            else if (folder is not null && !Directory.Exists(folder))
            {
                result.AddError($"Directory '{folder}' of output file '{given}' does not exist.");
            }
        });
        return option;
    }
}
