using Spectre.Console;
using TeamGraph.Core.Audit;
using TeamGraph.Core.Ingestion;
using TeamGraph.Neo4j.Writer;

namespace TeamGraph.Cli;

/// <summary>
/// Progress drawn live on a terminal with Spectre.Console: one bar per step (reading, building, auditing, writing),
/// cleared when the command is done. Spectre's display runs its own loop, so it runs on a worker of its own until
/// <see cref="Dispose"/>; reports only change the tasks it draws, under one lock, from whichever thread they come.
/// </summary>
internal sealed class LiveProgress : ICommandProgress
{
    private readonly Lock _lock = new();
    private readonly ManualResetEventSlim _finished = new();
    private readonly Task _display;
    private readonly ProgressContext _context;
    private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);

    public LiveProgress(IAnsiConsole console)
    {
        var started = new TaskCompletionSource<ProgressContext>(TaskCreationOptions.RunContinuationsAsynchronously);
        var progress = console.Progress().AutoClear(true).HideCompleted(false)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn());
        _display = Task.Factory.StartNew(() => progress.Start(context =>
        {
            started.SetResult(context);
            _finished.Wait();
            context.Refresh();
        }), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        // Should Spectre refuse to start (another live display is running), the command hears why instead of waiting forever.
        _display.ContinueWith(display => started.TrySetException(display.Exception!.InnerExceptions), CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        _context = started.Task.GetAwaiter().GetResult();
    }

    public void Report(IngestionProgress value)
    {
        var name = value.Phase == IngestionPhase.Reading ? "reading documents" : "building the graph";
        Update(name, value.Done, value.Total, value.Phase == IngestionPhase.Building && value.Done == 0);
    }

    public void Report(AuditProgress value) =>
        Update("auditing", value.RulesDone, value.RuleCount, indeterminate: false, value.CurrentRule is { } rule ? $"auditing: {rule}" : "auditing");

    public void Report(GraphWriteProgress value) => Update("writing to Neo4j", value.Done, value.Total, indeterminate: false);

    public IDisposable Writing(string what)
    {
        var name = $"writing {what}";
        Update(name, 0, 1, indeterminate: true);
        return new WritingStep(() => Update(name, 1, 1, indeterminate: false));
    }

    public void Dispose()
    {
        _finished.Set();
        _display.GetAwaiter().GetResult();
    }

    private void Update(string name, int done, int total, bool indeterminate, string? description = null)
    {
        lock (_lock)
        {
            if (!_tasks.TryGetValue(name, out var task))
            {
                task = _context.AddTask(name, autoStart: true, maxValue: Math.Max(total, 1));
                _tasks[name] = task;
            }

            task.Description = Markup.Escape(description ?? name);
            task.MaxValue = Math.Max(total, 1);
            task.Value = Math.Clamp(done, 0, task.MaxValue);
            task.IsIndeterminate = indeterminate;
        }
    }

    private sealed class WritingStep(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
