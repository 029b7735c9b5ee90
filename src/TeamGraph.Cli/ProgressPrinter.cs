using TeamGraph.Core.Audit;
using TeamGraph.Core.Ingestion;
using TeamGraph.Neo4j.Writer;

namespace TeamGraph.Cli;

/// <summary>
/// Progress as plain lines on stderr, for when stderr is not a terminal: reading in 10% steps, then one line when the
/// graph is built and one per audit rule; only for folders of more than <see cref="MinimumDocuments"/> documents
/// (small folders finish before a person could read a progress line). The Neo4j write prints through
/// <see cref="WriteProgressPrinter"/>.
/// </summary>
internal sealed class ProgressPrinter(TextWriter stderr) : ICommandProgress
{
    public const int MinimumDocuments = 50;
    private const int StepPercent = 10;

    private readonly Lock _lock = new();
    private readonly WriteProgressPrinter _write = new(stderr);
    private int _lastPrintedStep;
    private bool _large;

    // Called synchronously by the ingester, possibly from several threads.
    public void Report(IngestionProgress value)
    {
        if (value.Phase == IngestionPhase.Building)
        {
            lock (_lock)
            {
                if (_large && value.Done == 0)
                {
                    stderr.WriteLine("building: resolving names and matching handoffs across the cards");
                }
            }

            return;
        }

        if (value.Total <= MinimumDocuments)
        {
            return;
        }

        var step = (int)(100L * Math.Clamp(value.Done, 0, value.Total) / value.Total / StepPercent);
        lock (_lock)
        {
            _large = true;
            if (step <= _lastPrintedStep)
            {
                return;
            }

            _lastPrintedStep = step;
            stderr.WriteLine($"ingesting: {step * StepPercent}% ({value.Done}/{value.Total} documents)");
        }
    }

    public void Report(AuditProgress value)
    {
        lock (_lock)
        {
            if (_large && value.CurrentRule is { } rule)
            {
                stderr.WriteLine($"auditing: rule {value.RulesDone + 1}/{value.RuleCount} ({rule})");
            }
        }
    }

    public void Report(GraphWriteProgress value) => _write.Report(value);

    public IDisposable Writing(string what) => SilentProgress.Instance;

    public void Dispose()
    {
    }
}
