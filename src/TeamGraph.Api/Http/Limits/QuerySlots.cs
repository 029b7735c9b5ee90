using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using TeamGraph.Api.Hosting;

namespace TeamGraph.Api.Http.Limits;

/// <summary>
/// Bounds how many queries and mutations execute at once (<see cref="LimitsOptions.MaxConcurrentQueries"/>) and how
/// many wait for their turn (<see cref="LimitsOptions.MaxQueuedQueries"/>), oldest first. A query holds its slot from
/// execution until its answer is written, since its result tree lives that long: so the memory the API needs under
/// load follows the limit, not the number of clients. Waiting counts against the request's budget
/// (<see cref="LimitsOptions.RequestTimeout"/>); subscriptions have slots of their own (<see cref="SubscriptionSlots"/>).
/// </summary>
internal sealed class QuerySlots : IDisposable
{
    private readonly ConcurrencyLimiter _limiter;
    private readonly string _busy;

    public QuerySlots(IOptions<TeamGraphOptions> options)
    {
        var limits = options.Value.Limits;
        // 0 means four per processor.
        var permits = limits.MaxConcurrentQueries > 0 ? limits.MaxConcurrentQueries : 4 * Environment.ProcessorCount;
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = permits,
            QueueLimit = limits.MaxQueuedQueries,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _busy = $"The server is running as many queries as it allows ({permits}, Limits:MaxConcurrentQueries) with as many waiting "
            + $"({limits.MaxQueuedQueries}, Limits:MaxQueuedQueries); try again shortly.";
    }

    /// <summary>
    /// A slot, released when disposed, once one is free; a 503 <see cref="GraphQLRequestError"/> with <c>Retry-After</c>
    /// on <paramref name="response"/> when every slot is taken and the queue is full.
    /// </summary>
    public async ValueTask<IDisposable> TakeAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        var lease = await _limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        response.Headers.RetryAfter = "1";
        throw new GraphQLRequestError(StatusCodes.Status503ServiceUnavailable, _busy)
        {
            Code = LimitErrorCodes.ServerBusy,
        };
    }

    public void Dispose() => _limiter.Dispose();
}
