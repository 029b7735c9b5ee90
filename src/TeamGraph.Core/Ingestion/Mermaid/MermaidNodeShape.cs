namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>The classic flowchart node shapes.</summary>
public enum MermaidNodeShape
{
    /// <summary>No shape given: <c>A</c>.</summary>
    None,
    /// <summary><c>A[text]</c></summary>
    Rectangle,
    /// <summary><c>A(text)</c></summary>
    Round,
    /// <summary><c>A([text])</c></summary>
    Stadium,
    /// <summary><c>A[[text]]</c></summary>
    Subroutine,
    /// <summary><c>A[(text)]</c></summary>
    Cylinder,
    /// <summary><c>A((text))</c></summary>
    Circle,
    /// <summary><c>A(((text)))</c></summary>
    DoubleCircle,
    /// <summary><c>A&gt;text]</c></summary>
    Asymmetric,
    /// <summary><c>A{text}</c></summary>
    Rhombus,
    /// <summary><c>A{{text}}</c></summary>
    Hexagon,
    /// <summary><c>A[/text/]</c></summary>
    Parallelogram,
    /// <summary><c>A[\text\]</c></summary>
    ParallelogramAlt,
    /// <summary><c>A[/text\]</c></summary>
    Trapezoid,
    /// <summary><c>A[\text/]</c></summary>
    TrapezoidAlt,
}
