namespace TeamGraph.Api.Hosting;

/// <summary>
/// When <see cref="IdleMemoryTrimmer"/> returns memory: at a check where the process allocated almost nothing since the
/// previous one (it is quiet: health probes and the odd small query allocate kilobytes) and the GC's committed memory
/// has grown well past what it was after the last return (there is something to return). Checks come from one timer.
/// </summary>
internal sealed class IdleTrimPolicy
{
    /// <summary>Below this much allocated between two checks the process is quiet.</summary>
    public const long QuietAllocationBytes = 16 * 1024 * 1024;

    /// <summary>Committed memory must have grown by this much since the last return to be worth a collection.</summary>
    public const long WorthReturningBytes = 64 * 1024 * 1024;

    private long? _allocatedAtLastCheck;

    // Nothing returned yet: the first quiet check with that much committed returns once, whatever came before it.
    private long _committedAfterReturn;

    /// <summary>
    /// Whether to return memory now, given the bytes allocated since the process started and the GC's committed bytes.
    /// The first check only takes its bearings.
    /// </summary>
    public bool ShouldTrim(long allocatedBytes, long committedBytes)
    {
        var quiet = _allocatedAtLastCheck is { } before && allocatedBytes - before < QuietAllocationBytes;
        _allocatedAtLastCheck = allocatedBytes;
        return quiet && committedBytes - _committedAfterReturn >= WorthReturningBytes;
    }

    /// <summary>Memory was returned; <paramref name="committedBytes"/> is what the GC kept.</summary>
    public void Returned(long committedBytes) => _committedAfterReturn = committedBytes;
}
