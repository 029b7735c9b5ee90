using System.Threading.Channels;
using GraphQL;
using Microsoft.Extensions.Options;
using TeamGraph.Api.Hosting;

namespace TeamGraph.Api.Http;

/// <summary>
/// Streams a subscription's results to its client as Server-Sent Events until the client leaves, the server stops, the
/// source stream ends or <see cref="LimitsOptions.MaxSubscriptionLifetime"/> has passed (the last three end with
/// <c>complete</c>). A quiet stream gets a keep-alive comment every <see cref="LimitsOptions.SubscriptionKeepAlive"/>.
/// </summary>
/// <remarks>
/// Each subscriber buffers one result: a result that arrives while the one before is still waiting replaces it, so a
/// slow client costs one result of memory however often the graph changes, and gets the latest state when it catches
/// up. That is right for a state notification such as <c>graphChanged</c> (the newest reload says what is served) and
/// keeps the source, which raises events on the reloading thread, from ever waiting for a client.
/// </remarks>
internal sealed class SubscriptionStreamer(IOptions<TeamGraphOptions> settings, IHostApplicationLifetime application, TimeProvider time)
{
    /// <summary>
    /// Subscribes to <paramref name="stream"/>, opens the event stream (so a client that has the headers is subscribed),
    /// and writes each result; returns when the stream ends. Throws <see cref="OperationCanceledException"/> when the
    /// client leaves. Disposing the subscription on the way out releases everything it held.
    /// </summary>
    public async Task StreamAsync(HttpContext context, ServerSentEventWriter events, IObservable<ExecutionResult> stream)
    {
        var limits = settings.Value.Limits;
        using var lifetime = new CancellationTokenSource(limits.MaxSubscriptionLifetime, time);
        using var end = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, application.ApplicationStopping, lifetime.Token);
        var latest = Channel.CreateBounded<ExecutionResult>(new BoundedChannelOptions(1)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        using (stream.Subscribe(new LatestResultObserver(latest.Writer)))
        {
            try
            {
                await events.StartAsync(end.Token).ConfigureAwait(false);
                while (await WaitAsync(latest.Reader, limits.SubscriptionKeepAlive, end.Token).ConfigureAwait(false))
                {
                    await (latest.Reader.TryRead(out var result)
                        ? events.NextAsync(result, end.Token)
                        : events.KeepAliveAsync(end.Token)).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (end.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
            {
                // The lifetime is over or the server is stopping: the stream completes.
            }
        }

        await events.CompleteAsync(context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Whether a result may be read (true also when it is time for a keep-alive); false once the stream has ended.</summary>
    private async Task<bool> WaitAsync(ChannelReader<ExecutionResult> reader, TimeSpan keepAlive, CancellationToken cancellationToken)
    {
        using var quiet = new CancellationTokenSource(keepAlive, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, quiet.Token);
        try
        {
            return await reader.WaitToReadAsync(either.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return true;
        }
    }

    /// <summary>Hands each result to the buffer of one without waiting; the source's end or failure ends the stream.</summary>
    private sealed class LatestResultObserver(ChannelWriter<ExecutionResult> writer) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => writer.TryWrite(value);

        public void OnError(Exception error)
        {
            writer.TryWrite(new ExecutionResult { Errors = [error as ExecutionError ?? new ExecutionError("The event stream failed.")] });
            writer.TryComplete();
        }

        public void OnCompleted() => writer.TryComplete();
    }
}
