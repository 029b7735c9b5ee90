using TeamGraph.Neo4j.Writer;

namespace TeamGraph.Cli;

/// <summary>
/// Prints the Neo4j write's progress on stderr in 10% steps, only for writes of more than <see cref="MinimumStatements"/>
/// statements (about 17 batches of a thousand elements beyond the fixed clean-up ones): smaller writes end at once.
/// </summary>
internal sealed class WriteProgressPrinter(TextWriter stderr) : IProgress<GraphWriteProgress>
{
    public const int MinimumStatements = 50;
    private const int StepPercent = 10;

    private int _lastPrintedStep;

    public void Report(GraphWriteProgress value)
    {
        if (value.Total <= MinimumStatements)
        {
            return;
        }

        var step = (int)(100L * Math.Clamp(value.Done, 0, value.Total) / value.Total / StepPercent);
        if (step > _lastPrintedStep)
        {
            _lastPrintedStep = step;
            stderr.WriteLine($"writing: {step * StepPercent}% ({value.Done}/{value.Total} statements)");
        }
    }
}
