namespace TeamGraph.Cli.Tests;

/// <summary>Mistyped commands, options, roles and groups get the closest names; unknown ones, the list to choose from.</summary>
public sealed class DidYouMeanTests
{
    private static readonly string Seed = Path.Combine(TestPaths.RepoRoot, "seed");

    [Theory]
    [InlineData("unknown command 'lnt': did you mean 'lint'?", "lnt", "{seed}")]
    [InlineData("unknown command 'adit': did you mean 'audit'?", "adit", "{seed}")]
    [InlineData("unknown command 'snc': did you mean 'sync'?", "docs", "snc", "{seed}")]
    [InlineData("unknown option '--formt': did you mean '--format'?", "lint", "{seed}", "--formt", "json")]
    [InlineData("unknown option '--qiet': did you mean '--quiet'?", "audit", "{seed}", "--qiet")]
    [InlineData("unknown option '--rol': did you mean '--role' or '--roles'?", "diagram", "{seed}", "--rol", "DO")]
    [InlineData("unknown command 'frobnicate': the commands are lint, export, audit, diagram, docs, schema, new-card, ingest.", "frobnicate")]
    public void Run_Mistyped_SaysOnlyWhatWasMeant(string expected, params string[] args)
    {
        var run = CommandLineRun.Invoke([.. args.Select(a => a == "{seed}" ? Seed : a)]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal($"error: {expected}", run.Stderr.ReplaceLineEndings("\n").Split('\n')[0]);
        Assert.DoesNotContain("Unrecognized", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ShortUnknownOption_KeepsTheParsersError()
    {
        var run = CommandLineRun.Invoke("lint", Seed, "-x");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.StartsWith("error: Unrecognized command or argument '-x'.", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("did you mean 'TL' (Tech Lead)?", "--role", "Tech Led")]
    [InlineData("did you mean 'TL' (Tech Lead)?", "--role", "tech")]
    [InlineData("did you mean 'BE' (Backend Developer), 'FE' (Frontend Developer) or 'QA' (QA Engineer)?", "--from", "QE", "--to", "DO")]
    [InlineData("did you mean 'PM' (Project Manager)?", "--roles", "DO,Project Manger")]
    public void Diagram_MistypedRole_SaysDidYouMean(string expected, params string[] options)
    {
        var run = CommandLineRun.Invoke(["diagram", Seed, .. options]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.EndsWith($"has that code, name or alias; {expected}", run.Stderr.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Diagram_RoleNothingLike_ListsTheKnownRoles()
    {
        var run = CommandLineRun.Invoke("diagram", Seed, "--role", "Zebra");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.EndsWith(
            "known roles: 'BE' (Backend Developer), 'DO' (DevOps Engineer), 'FE' (Frontend Developer), 'PM' (Project Manager), 'QA' (QA Engineer), 'TL' (Tech Lead)",
            run.Stderr.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Diagram_MistypedGroup_SaysDidYouMean()
    {
        var run = CommandLineRun.Invoke("diagram", Seed, "--team", "--groups", "Dvelopers");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.EndsWith("no group in " + Seed + " has that name; did you mean 'Developers'?", run.Stderr.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void DocsSync_BlockWithMistypedRole_SaysDidYouMean()
    {
        using var seed = SeedFolderCopy.WithEdit("README.md", "# Team Documentation", "# Team Documentation\n\n<!-- teamgraph:diagram --role \"Tech Led\" -->\n<!-- /teamgraph -->\n");

        var run = CommandLineRun.Invoke("docs", "sync", seed.Path, "--check");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("Unknown role 'Tech Led': no role has that code, name or alias; did you mean 'TL' (Tech Lead)?", run.Stderr, StringComparison.Ordinal);
    }
}
