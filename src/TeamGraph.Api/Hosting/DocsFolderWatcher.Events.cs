using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Hosting;

/// <summary>What the watcher does with the file system's events.</summary>
internal sealed partial class DocsFolderWatcher
{
    private void OnChanged(object? sender, FileSystemEventArgs change)
    {
        if (Concerns(change.FullPath) || (change is RenamedEventArgs renamed && Concerns(renamed.OldFullPath)))
        {
            // Each change pushes the reload back: it runs once the folder has been quiet for the debounce.
            _debounce?.Change(options.Value.ReloadDebounce, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>The watcher lost events (its buffer overflowed) or its folder: start again and reload to catch up.</summary>
    private void OnError(object? sender, ErrorEventArgs error)
    {
        LogWatchFailed(logger, error.GetException(), reloader.Folder);
        Unwatch();
        Rearm(reloadWhenWatching: true);
    }

    /// <summary>A reload that found no folder means the watcher has nothing left to watch: look for the folder again.</summary>
    private void OnReloaded(object? sender, ReloadReport report)
    {
        if (!report.Succeeded && !Directory.Exists(reloader.Folder))
        {
            Unwatch();
            Rearm(reloadWhenWatching: true);
        }
    }

    private void Unwatch()
    {
        lock (_gate)
        {
            _watcher?.Dispose();
            _watcher = null;
        }
    }

    // Markdown files, and folders (a folder of cards renamed or deleted reports only the folder); other files are not read.
    private static bool Concerns(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || Path.GetExtension(path).Length == 0 || Directory.Exists(path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Folder} for changes; reloading after {DebounceMilliseconds} ms of quiet")]
    private static partial void LogWatching(ILogger logger, string folder, double debounceMilliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Not watching {Folder}: TeamGraph:WatchDocs is false")]
    private static partial void LogNotWatching(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watching {Folder} failed; watching it again and reloading")]
    private static partial void LogWatchFailed(ILogger logger, Exception exception, string folder);
}
