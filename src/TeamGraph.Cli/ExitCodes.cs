namespace TeamGraph.Cli;

/// <summary>The process exit codes every command shares.</summary>
internal static class ExitCodes
{
    /// <summary>The command did its job (lint: no errors, or no warnings under <c>--warnings-as-errors</c>).</summary>
    public const int Success = 0;

    /// <summary>The input has errors (or warnings under <c>--warnings-as-errors</c>), or reading/writing failed.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong: unknown option, missing or nonexistent folder, bad value.</summary>
    public const int UsageError = 2;
}
