using TeamGraph.Core.Ingestion;

namespace TeamGraph.Cli;

/// <summary>
/// Prints ingest progress on stderr in 10% steps, and only for folders of more than <see cref="MinimumDocuments"/>
/// documents: small folders finish before a person could read a progress line.
/// </summary>
internal sealed class ProgressPrinter(TextWriter stderr) : IProgress<IngestionProgress>
{
    public const int MinimumDocuments = 50;
    private const int StepPercent = 10;

    private readonly Lock _lock = new();
    private int _lastPrintedStep;

    // Called synchronously by the ingester, possibly from several threads.
    public void Report(IngestionProgress value)
    {
        if (value.Total <= MinimumDocuments)
        {
            return;
        }

        var step = (int)(100L * Math.Clamp(value.Done, 0, value.Total) / value.Total / StepPercent);
        lock (_lock)
        {
            if (step <= _lastPrintedStep)
            {
                return;
            }

            _lastPrintedStep = step;
            stderr.WriteLine($"ingesting: {step * StepPercent}% ({value.Done}/{value.Total} documents)");
        }
    }
}
