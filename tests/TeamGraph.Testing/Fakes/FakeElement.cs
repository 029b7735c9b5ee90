namespace TeamGraph.Testing.Fakes;

/// <summary>A node (no ends) or relationship (element ids of its ends) in the fake graph.</summary>
public sealed record FakeElement(string ElementId, Dictionary<string, object?> Properties, string? Start, string? End);
