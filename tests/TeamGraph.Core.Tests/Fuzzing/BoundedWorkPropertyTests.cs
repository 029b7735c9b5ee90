using System.Diagnostics;
using System.Text;
using CsCheck;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion;
using TeamGraph.Testing.Fuzzing;

namespace TeamGraph.Core.Tests.Fuzzing;

/// <summary>
/// Bounded work (issue #10 item 3): large link and emphasis bombs, and generated folders with special files (symlink
/// loops, links out of the folder and to <c>/dev/zero</c>, FIFOs named <c>*.md</c>), each ingested under a watchdog
/// that gives up after a few document budgets and says what happened, so a regression fails rather than hangs.
/// </summary>
public sealed class BoundedWorkPropertyTests
{
    /// <summary>How long an ingest may run before the watchdog fails it: the budget for each document, and one more.</summary>
    private static TimeSpan Watchdog(int documents) => PipelineRun.DocumentBudget * (documents + 1);

    public static TheoryData<string> Bombs { get; } = [.. RoleCardGen.LargeBombs.Select(b => b.Name)];

    [Theory]
    [MemberData(nameof(Bombs))]
    public void LargeBomb_IngestsWithinTheDocumentBudget(string name)
    {
        var bomb = RoleCardGen.LargeBombs.Single(b => b.Name == name).Text;
        var folder = new GeneratedFolder([new GeneratedFile("roles/bomb.md", Encoding.UTF8.GetBytes($"# Bomb\n\n## Identity\n\n{bomb}\n"), name)]);

        AssertFinishesWithinBudget(folder, special: null);
    }

    [Fact]
    public void GeneratedFoldersWithSpecialFiles_FinishWithinTheBudgetAndReadNothingOutside()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Symlinks and FIFOs are tested on Linux.");

        Gen.Select(FolderGen.Folder, Gen.Int[0, SpecialEntries.Length - 1].Array[1, 3]).Sample((folder, specials) =>
            AssertFinishesWithinBudget(folder, root =>
            {
                foreach (var special in specials.Distinct())
                {
                    SpecialEntries[special].Make(root);
                }
            }), iter: 20, threads: 1, print: t => $"{string.Join(", ", t.Item2.Select(i => SpecialEntries[i].Name))}\n{t.Item1}");
    }

    /// <summary>The special files of issue #10 items 2-3, each made inside a folder.</summary>
    private static readonly (string Name, Action<string> Make)[] SpecialEntries =
    [
        ("symlink loop roles/loop -> ..", root => Directory.CreateSymbolicLink(Path.Combine(root, "roles", "loop"), "..")),
        ("symlink out of the folder", root => Directory.CreateSymbolicLink(Path.Combine(root, "outside"), Path.GetTempPath())),
        ("symlink to /dev/zero named *.md", root => File.CreateSymbolicLink(Path.Combine(root, "zero.md"), "/dev/zero")),
        ("FIFO named *.md", root => MakeFifo(Path.Combine(root, "roles", "fifo.md"))),
    ];

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
    }

    /// <summary>
    /// Ingests <paramref name="folder"/> (after <paramref name="special"/>) on a thread of its own; fails when it runs
    /// past the watchdog, when a special file's target outside the folder shows up as a document, or when any
    /// property fails. A hung ingest is left behind: its folder is removed, which ends a symlink loop's walk.
    /// </summary>
    private static void AssertFinishesWithinBudget(GeneratedFolder folder, Action<string>? special)
    {
        var root = Directory.CreateTempSubdirectory("teamgraph-fuzz-bounded-").FullName;
        try
        {
            folder.WriteTo(root);
            Directory.CreateDirectory(Path.Combine(root, "roles"));
            special?.Invoke(root);
            var run = Task.Factory.StartNew(() => PipelineRun.Run(root, diagrams: false), TaskCreationOptions.LongRunning);
            var limit = Watchdog(folder.DocumentCount + 1);
            if (!run.Wait(limit, TestContext.Current.CancellationToken))
            {
                throw new PropertyFailedException($"The pipeline did not finish within {limit.TotalSeconds:0} s ({PipelineRun.DocumentBudget.TotalSeconds:0} s a document); it is left running.");
            }

            var outcome = run.Result;
            var outside = new FolderIngester().Ingest(root, cancellationToken: TestContext.Current.CancellationToken).Graph.Nodes
                .Where(n => n.Label == NodeLabels.Document && n.Get(DocumentProperties.Path).StartsWith("outside/", StringComparison.Ordinal)).ToList();
            var problems = outcome.Failures.Select(f => f.ToString()).Concat(outside.Select(n => $"[folder walk] read {n.Id} through a symlink out of the folder")).ToList();
            if (problems.Count > 0)
            {
                throw new PropertyFailedException(string.Join("\n", problems));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
