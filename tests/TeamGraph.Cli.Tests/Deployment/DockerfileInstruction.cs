namespace TeamGraph.Cli.Tests.Deployment;

/// <summary>
/// The instructions of the repository's Dockerfile, continuation lines joined and comments dropped, each with the stage
/// (the <c>FROM ... AS name</c>) it belongs to. Just enough of the syntax for the checks here.
/// </summary>
internal sealed record DockerfileInstruction(string Stage, string Keyword, string Arguments)
{
    public static IReadOnlyList<DockerfileInstruction> Load()
    {
        var instructions = new List<DockerfileInstruction>();
        var stage = "";
        var pending = "";
        foreach (var raw in File.ReadLines(Path.Combine(TestPaths.RepoRoot, "Dockerfile")))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || (line.Length == 0 && pending.Length == 0))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }

            var text = (pending + line).Trim();
            pending = "";
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            var keyword = text[..space].ToUpperInvariant();
            var arguments = text[(space + 1)..].Trim();
            if (keyword == "FROM")
            {
                var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                stage = parts.Length == 3 && parts[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? parts[2] : parts[0];
            }

            instructions.Add(new DockerfileInstruction(stage, keyword, arguments));
        }

        return instructions;
    }

    /// <summary>The words of the arguments, flags (<c>--from=ui</c>) included.</summary>
    public IReadOnlyList<string> Words => Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
