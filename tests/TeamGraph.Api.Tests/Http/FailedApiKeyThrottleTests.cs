using System.Net;
using Microsoft.Extensions.Options;
using TeamGraph.Api.Hosting;
using TeamGraph.Api.Http;

namespace TeamGraph.Api.Tests.Http;

public sealed class FailedApiKeyThrottleTests
{
    private static readonly IPAddress Client = IPAddress.Parse("203.0.113.7");

    [Fact]
    public void Failures_UpToTheLimit_AreAllowedThenTheAddressWaitsForTheWindow()
    {
        var time = new ManualTime();
        var throttle = Throttle(time, max: 3, window: TimeSpan.FromMinutes(1));

        for (var i = 0; i < 3; i++)
        {
            Assert.Null(throttle.RetryAfter(Client));
            throttle.Failed(Client);
        }

        time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(TimeSpan.FromSeconds(40), throttle.RetryAfter(Client));
        Assert.Null(throttle.RetryAfter(IPAddress.Parse("203.0.113.8")));
        time.Advance(TimeSpan.FromSeconds(40));
        Assert.Null(throttle.RetryAfter(Client));
    }

    [Fact]
    public void IPv4MappedToIPv6_CountsAsTheSameAddress()
    {
        var throttle = Throttle(new ManualTime(), max: 1, window: TimeSpan.FromMinutes(1));

        throttle.Failed(Client.MapToIPv6());

        Assert.NotNull(throttle.RetryAfter(Client));
    }

    [Fact]
    public void ManyAddresses_AreTrackedInBoundedMemoryAndTheOverflowIsThrottledTogether()
    {
        var time = new ManualTime();
        var throttle = Throttle(time, max: 2, window: TimeSpan.FromMinutes(1));
        for (var i = 0; i < FailedApiKeyThrottle.MaxTrackedAddresses; i++)
        {
            throttle.Failed(new IPAddress(BitConverter.GetBytes(i + 1)));
        }

        // The table is full of live windows: newcomers share one slot, so rotating addresses buys no extra guesses.
        throttle.Failed(IPAddress.Parse("198.51.100.1"));
        throttle.Failed(IPAddress.Parse("198.51.100.2"));
        Assert.NotNull(throttle.RetryAfter(IPAddress.Parse("198.51.100.9")));
        Assert.Null(throttle.RetryAfter(new IPAddress(BitConverter.GetBytes(1))));

        // Once the windows have passed, the table makes room again.
        time.Advance(TimeSpan.FromMinutes(2));
        throttle.Failed(IPAddress.Parse("198.51.100.3"));
        Assert.Null(throttle.RetryAfter(IPAddress.Parse("198.51.100.3")));
    }

    private static FailedApiKeyThrottle Throttle(TimeProvider time, int max, TimeSpan window)
    {
        var options = new TeamGraphOptions();
        options.Limits.MaxFailedApiKeyAttempts = max;
        options.Limits.FailedApiKeyWindow = window;
        return new FailedApiKeyThrottle(Options.Create(options), time);
    }

    private sealed class ManualTime : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
