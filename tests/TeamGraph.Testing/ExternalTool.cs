using System.ComponentModel;
using System.Diagnostics;

namespace TeamGraph.Testing;

/// <summary>Runs a checking tool's command line (a renderer, a linter); a test skips, saying why, when the program is not installed.</summary>
public static class ExternalTool
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr)
    {
        public override string ToString() => $"exit {ExitCode}\n{Stdout}\n{Stderr}";
    }

    public static Outcome Run(string program, string installHint, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception exception)
        {
            Assert.Skip($"{program} is not installed ({exception.Message}); {installHint}.");
            throw;
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{program} {string.Join(' ', arguments)} did not finish within two minutes.");
            }

            return new Outcome(process.ExitCode, stdout, stderr.GetAwaiter().GetResult());
        }
    }
}
