using TeamGraph.Api.Hosting;

namespace TeamGraph.Api.Tests.Hosting;

public sealed class IdleTrimPolicyTests
{
    private const long Mb = 1024 * 1024;

    [Fact]
    public void FirstCheck_OnlyTakesItsBearings()
    {
        Assert.False(new IdleTrimPolicy().ShouldTrim(allocatedBytes: 10 * Mb, committedBytes: 900 * Mb));
    }

    [Fact]
    public void QuietAfterGrowth_ReturnsOnce_ThenWaitsForMoreGrowth()
    {
        var policy = new IdleTrimPolicy();
        policy.ShouldTrim(1_000 * Mb, 600 * Mb);

        Assert.True(policy.ShouldTrim(1_001 * Mb, 600 * Mb));
        policy.Returned(180 * Mb);
        Assert.False(policy.ShouldTrim(1_002 * Mb, 180 * Mb));
        Assert.False(policy.ShouldTrim(1_003 * Mb, 180 * Mb + IdleTrimPolicy.WorthReturningBytes - 1));
        Assert.True(policy.ShouldTrim(1_004 * Mb, 180 * Mb + IdleTrimPolicy.WorthReturningBytes));
    }

    [Fact]
    public void Busy_NeverReturns_HoweverMuchIsCommitted()
    {
        var policy = new IdleTrimPolicy();
        policy.ShouldTrim(0, 800 * Mb);

        Assert.False(policy.ShouldTrim(IdleTrimPolicy.QuietAllocationBytes, 800 * Mb));
        Assert.False(policy.ShouldTrim(5 * IdleTrimPolicy.QuietAllocationBytes, 900 * Mb));
        Assert.True(policy.ShouldTrim((5 * IdleTrimPolicy.QuietAllocationBytes) + IdleTrimPolicy.QuietAllocationBytes - 1, 900 * Mb));
    }

    [Fact]
    public void Quiet_WithLittleCommitted_LeavesItToTheGC()
    {
        var policy = new IdleTrimPolicy();
        policy.ShouldTrim(0, 40 * Mb);

        Assert.False(policy.ShouldTrim(Mb, 40 * Mb));
    }
}
