namespace TeamGraph.Core.Diagrams;

/// <summary>A generated diagram: its text, and how many nodes and edges it draws.</summary>
public sealed record DiagramResult(DiagramFormat Format, string Text, int NodeCount, int EdgeCount);
