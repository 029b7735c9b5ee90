using System.Net;
using Microsoft.Extensions.Options;
using TeamGraph.Api.Hosting;

namespace TeamGraph.Api.Http;

/// <summary>
/// Counts wrong API keys per client address in fixed windows of <see cref="LimitsOptions.FailedApiKeyWindow"/>: past
/// <see cref="LimitsOptions.MaxFailedApiKeyAttempts"/> in one window, the address is refused until the window ends.
/// </summary>
/// <remarks>
/// Only failures are counted, so a client with the right key is never slowed, and a refused address is refused before
/// its key is compared (no oracle while blocked). Memory is bounded: at most <see cref="MaxTrackedAddresses"/> addresses
/// are tracked; when full, expired windows are dropped, and if none has expired new addresses are throttled together
/// under one shared slot, so a flood from many addresses cannot buy unlimited guesses. Thread-safe under one lock: it
/// is taken only for requests that fail or are refused. Time comes from the injected <see cref="TimeProvider"/>.
/// </remarks>
internal sealed class FailedApiKeyThrottle(IOptions<TeamGraphOptions> options, TimeProvider time)
{
    /// <summary>The most client addresses tracked at once.</summary>
    public const int MaxTrackedAddresses = 10_000;

    private static readonly IPAddress Overflow = IPAddress.None;

    private readonly Dictionary<IPAddress, Window> _windows = [];
    private readonly Lock _lock = new();

    /// <summary>How long <paramref name="address"/> must wait before trying again; <see langword="null"/> when it may try now.</summary>
    public TimeSpan? RetryAfter(IPAddress? address)
    {
        var limits = options.Value.Limits;
        var now = time.GetUtcNow();
        lock (_lock)
        {
            var key = ClientAddress.Key(address);
            key = !_windows.ContainsKey(key) && _windows.Count >= MaxTrackedAddresses ? Overflow : key;
            return _windows.TryGetValue(key, out var window) && window.Ends > now && window.Failures >= limits.MaxFailedApiKeyAttempts
                ? window.Ends - now
                : null;
        }
    }

    /// <summary>Counts a wrong key from <paramref name="address"/>.</summary>
    public void Failed(IPAddress? address)
    {
        var limits = options.Value.Limits;
        var now = time.GetUtcNow();
        var key = ClientAddress.Key(address);
        lock (_lock)
        {
            if (!_windows.ContainsKey(key) && _windows.Count >= MaxTrackedAddresses)
            {
                foreach (var expired in _windows.Where(w => w.Value.Ends <= now).Select(w => w.Key).ToList())
                {
                    _windows.Remove(expired);
                }

                key = _windows.Count >= MaxTrackedAddresses ? Overflow : key;
            }

            _windows[key] = _windows.TryGetValue(key, out var window) && window.Ends > now
                ? window with { Failures = window.Failures + 1 }
                : new Window(now + limits.FailedApiKeyWindow, 1);
        }
    }

    private readonly record struct Window(DateTimeOffset Ends, int Failures);
}
