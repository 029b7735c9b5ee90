namespace TeamGraph.Testing;

/// <summary>
/// The node programs of <c>../shared/tools</c> (mermaid's parser, Neo4j's Cypher linter), installed where
/// <c>TEAMGRAPH_CHECKS_DIR</c> points (<c>.ci/run</c> sets it up); a test skips, saying why, when they are not there.
/// </summary>
public static class ReferenceChecks
{
    public const string DirectoryVariable = "TEAMGRAPH_CHECKS_DIR";

    /// <summary>The installed script's path, or a skip naming what to install.</summary>
    public static string Script(string name)
    {
        var checksDir = Environment.GetEnvironmentVariable(DirectoryVariable);
        Assert.SkipWhen(string.IsNullOrEmpty(checksDir), $"{DirectoryVariable} is not set; point it at an installed copy of /work/shared/tools (see its README).");
        var script = Path.Combine(checksDir, name);
        Assert.SkipUnless(File.Exists(script) && Directory.Exists(Path.Combine(checksDir, "node_modules")),
            $"{DirectoryVariable}={checksDir} holds no installed {name} (run npm ci there).");
        return script;
    }

    /// <summary>Runs <c>cypher-lint.mjs</c> with <paramref name="arguments"/>; its exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) LintCypher(params string[] arguments)
    {
        var outcome = ExternalTool.Run("node", "install Node.js 20", [Script("cypher-lint.mjs"), .. arguments]);
        return (outcome.ExitCode, outcome.Stdout + outcome.Stderr);
    }
}
