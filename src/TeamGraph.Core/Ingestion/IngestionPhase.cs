namespace TeamGraph.Core.Ingestion;

/// <summary>The long steps of an ingest, in the order they run, as <see cref="IngestionProgress"/> reports them.</summary>
public enum IngestionPhase
{
    /// <summary>Reading, decoding and parsing each document (in parallel): one step per document.</summary>
    Reading,

    /// <summary>Resolving who is who and matching handoff declarations across the cards into one graph: one step.</summary>
    Building,
}
