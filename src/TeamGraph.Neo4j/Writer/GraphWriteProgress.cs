namespace TeamGraph.Neo4j.Writer;

/// <summary>Progress of a write: statements sent out of the total planned for this attempt.</summary>
public readonly record struct GraphWriteProgress(int Done, int Total);
