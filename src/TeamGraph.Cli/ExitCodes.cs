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

    /// <summary>
    /// TeamGraph itself failed (a bug, whatever the input): one line on stderr says where, <c>--verbose</c> adds the
    /// stack trace. Never used for bad input, which is a diagnostic.
    /// </summary>
    public const int InternalError = 3;

    /// <summary>The command was cancelled (Ctrl+C), as shells report a process ended by SIGINT.</summary>
    public const int Cancelled = 130;
}
