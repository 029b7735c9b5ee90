namespace TeamGraph.Neo4j.Tests.Fakes;

/// <summary>A node (no ends) or relationship (element ids of its ends) in the fake graph.</summary>
internal sealed record FakeElement(string ElementId, Dictionary<string, object?> Properties, string? Start, string? End);
