using System.Net;
using Microsoft.Extensions.Options;
using TeamGraph.Api.Hosting;

namespace TeamGraph.Api.Http.Limits;

/// <summary>
/// Counts the subscriptions streaming now, in all and per client address, against <see cref="LimitsOptions.MaxSubscriptions"/>
/// and <see cref="LimitsOptions.MaxSubscriptionsPerClient"/>. A subscription holds its slot from before it is executed
/// until its stream ends, however it ends; memory is bounded, since only addresses holding a slot are tracked.
/// </summary>
internal sealed class SubscriptionSlots(IOptions<TeamGraphOptions> options)
{
    private readonly Dictionary<IPAddress, int> _perClient = [];
    private readonly Lock _lock = new();
    private int _active;

    /// <summary>The subscriptions streaming now.</summary>
    public int Active
    {
        get
        {
            lock (_lock)
            {
                return _active;
            }
        }
    }

    /// <summary>
    /// A slot for a subscription from <paramref name="address"/>, released when disposed; a 503
    /// <see cref="GraphQLRequestError"/> when the server is full, a 429 when the address is.
    /// </summary>
    public IDisposable Take(IPAddress? address)
    {
        var limits = options.Value.Limits;
        var key = ClientAddress.Key(address);
        lock (_lock)
        {
            if (_active >= limits.MaxSubscriptions)
            {
                throw new GraphQLRequestError(StatusCodes.Status503ServiceUnavailable,
                    $"The server is streaming as many subscriptions as it allows ({limits.MaxSubscriptions}, Limits:MaxSubscriptions); try again later.")
                {
                    Code = LimitErrorCodes.TooManySubscriptions,
                };
            }

            var held = _perClient.GetValueOrDefault(key);
            if (held >= limits.MaxSubscriptionsPerClient)
            {
                throw new GraphQLRequestError(StatusCodes.Status429TooManyRequests,
                    $"This client already holds as many subscriptions as one client may ({limits.MaxSubscriptionsPerClient}, Limits:MaxSubscriptionsPerClient); close one before opening another.")
                {
                    Code = LimitErrorCodes.TooManySubscriptions,
                };
            }

            _perClient[key] = held + 1;
            _active++;
        }

        return new Slot(this, key);
    }

    private void Release(IPAddress key)
    {
        lock (_lock)
        {
            var held = _perClient[key] - 1;
            if (held == 0)
            {
                _perClient.Remove(key);
            }
            else
            {
                _perClient[key] = held;
            }

            _active--;
        }
    }

    private sealed class Slot(SubscriptionSlots owner, IPAddress key) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Release(key);
            }
        }
    }
}
