using TeamGraph.GraphQL.Serving;

namespace TeamGraph.GraphQL.Types;

/// <summary>
/// The reloads of a <see cref="IServedGraphSource"/> as an observable, for <c>Subscription.graphChanged</c>: each
/// subscriber gets every <see cref="IServedGraphSource.Reloaded"/> raised from the moment it subscribes until it disposes
/// its subscription. The source raises the event on the thread that reloaded, so a subscriber must not block it: the
/// HTTP transport hands each report to a buffer of one and returns.
/// </summary>
internal sealed class ReloadEventStream(IServedGraphSource source) : IObservable<ReloadReport>
{
    public IDisposable Subscribe(IObserver<ReloadReport> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        return new Subscription(source, observer);
    }

    private sealed class Subscription : IDisposable
    {
        private readonly IServedGraphSource _source;
        private readonly IObserver<ReloadReport> _observer;

        public Subscription(IServedGraphSource source, IObserver<ReloadReport> observer)
        {
            (_source, _observer) = (source, observer);
            _source.Reloaded += OnReloaded;
        }

        public void Dispose() => _source.Reloaded -= OnReloaded;

        private void OnReloaded(object? sender, ReloadReport report) => _observer.OnNext(report);
    }
}
