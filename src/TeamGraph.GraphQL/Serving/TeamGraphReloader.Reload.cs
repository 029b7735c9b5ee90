using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.GraphQL.Serving;

/// <summary>One reload: ingest aside, check, swap.</summary>
public sealed partial class TeamGraphReloader
{
    private ReloadReport Reload()
    {
        var attemptedAt = _time.GetUtcNow();
        var started = _time.GetTimestamp();
        var served = _state.Current;
        IngestionResult ingest;
        try
        {
            if (!Directory.Exists(Folder))
            {
                return Failed(served, attemptedAt, started, "The docs folder does not exist (any more); the last good graph is still served.");
            }

            ingest = _ingest(Folder);
        }
#pragma warning disable CA1031 // Whatever breaks the reload, the last good graph stays served and the report says why.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Failed(served, attemptedAt, started,
                $"Reading the docs folder failed ({exception.GetType().Name}); the last good graph is still served. The log has the details.") with
            { Exception = exception };
        }

        // A folder caught empty is far more likely a checkout or a copy in progress than a team that deleted every
        // card, so it does not replace a graph that had documents.
        if (ingest.DocumentCount == 0 && served.Ingest.DocumentCount > 0)
        {
            return Failed(served, attemptedAt, started,
                $"The docs folder has no Markdown documents; the last good graph ({served.Ingest.DocumentCount} documents) is still served.");
        }

        ServedGraph graph;
        try
        {
            graph = ServedGraph.Audited(_readerFor(ingest), ingest, Folder, attemptedAt);
        }
#pragma warning disable CA1031 // As above: an indexing or audit failure must not take the served graph down.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Failed(served, attemptedAt, started,
                $"Building the graph failed ({exception.GetType().Name}); the last good graph is still served. The log has the details.") with
            { Exception = exception };
        }

        _state.Serve(graph);
        var (errors, warnings) = Count(ingest);
        return Report(graph, true, attemptedAt, started,
            $"Reloaded {ingest.DocumentCount} documents: {ingest.Graph.Nodes.Count} nodes, {ingest.Graph.Relationships.Count} relationships; {errors} errors, {warnings} warnings.");
    }

    private ReloadReport Failed(ServedGraph served, DateTimeOffset attemptedAt, long started, string message) =>
        Report(served, false, attemptedAt, started, message);

    private ReloadReport Report(ServedGraph graph, bool succeeded, DateTimeOffset attemptedAt, long started, string message)
    {
        var (errors, warnings) = Count(graph.Ingest);
        return new ReloadReport(succeeded, message, attemptedAt, _time.GetElapsedTime(started),
            graph.Ingest.DocumentCount, graph.Ingest.Graph.Nodes.Count, graph.Ingest.Graph.Relationships.Count, errors, warnings, graph.LoadedAt);
    }

    private static (int Errors, int Warnings) Count(IngestionResult ingest) =>
        (ingest.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error), ingest.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
}
