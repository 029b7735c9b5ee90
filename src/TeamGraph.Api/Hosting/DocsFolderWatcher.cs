using Microsoft.Extensions.Options;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Hosting;

/// <summary>
/// Reloads the docs folder when a Markdown file or a folder under it is created, changed, renamed or deleted, once the
/// folder has been quiet for <see cref="TeamGraphOptions.ReloadDebounce"/>: a checkout touching fifty files, or an
/// editor saving through a temporary file, costs one reload. When the folder itself goes away, it looks for it again
/// every few seconds and reloads when it is back.
/// </summary>
internal sealed partial class DocsFolderWatcher(
    TeamGraphReloader reloader, IServedGraphSource source, IOptions<TeamGraphOptions> options, TimeProvider time, ILogger<DocsFolderWatcher> logger)
    : IHostedService, IDisposable
{
    private static readonly TimeSpan RearmPeriod = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private FileSystemWatcher? _watcher;
    private ITimer? _debounce;
    private ITimer? _rearm;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!ReferenceEquals(source, reloader))
        {
            // The graph comes from a shared store; no folder is served.
            return Task.CompletedTask;
        }

        if (!options.Value.WatchDocs)
        {
            LogNotWatching(logger, reloader.Folder);
            return Task.CompletedTask;
        }

        _debounce = time.CreateTimer(_ => RewatchAndReload(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _rearm = time.CreateTimer(_ => Rearm(reloadWhenWatching: true), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        reloader.Reloaded += OnReloaded;
        Rearm(reloadWhenWatching: false);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        reloader.Reloaded -= OnReloaded;
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _watcher?.Dispose();
            _watcher = null;
        }

        _debounce?.Dispose();
        _rearm?.Dispose();
    }

    /// <summary>
    /// Watches the folder afresh, then reloads: a folder deleted and created again within the debounce is a new
    /// directory that the old watcher no longer sees, and watching before reading means no change is missed.
    /// </summary>
    private void RewatchAndReload()
    {
        Unwatch();
        Rearm(reloadWhenWatching: false);
        _ = reloader.ReloadAsync(CancellationToken.None);
    }

    /// <summary>Watches the folder if it exists (and reloads it, when it was missing), else keeps looking for it.</summary>
    private void Rearm(bool reloadWhenWatching)
    {
        lock (_gate)
        {
            if (_watcher is not null)
            {
                return;
            }

            if (!Directory.Exists(reloader.Folder))
            {
                _rearm?.Change(RearmPeriod, Timeout.InfiniteTimeSpan);
                return;
            }

            _watcher = Watch(reloader.Folder);
            LogWatching(logger, reloader.Folder, options.Value.ReloadDebounce.TotalMilliseconds);
            if (reloadWhenWatching)
            {
                _debounce?.Change(options.Value.ReloadDebounce, Timeout.InfiniteTimeSpan);
            }
        }
    }

    private FileSystemWatcher Watch(string folder)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Created += OnChanged;
        watcher.Changed += OnChanged;
        watcher.Deleted += OnChanged;
        watcher.Renamed += OnChanged;
        watcher.Error += OnError;
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
