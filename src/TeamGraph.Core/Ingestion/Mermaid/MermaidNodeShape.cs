namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// The flowchart node shapes: the classic delimiters, then the further shapes of mermaid 11's <c>@{ shape: ... }</c> node data
/// (each documented under its short name in mermaid's shape list).
/// </summary>
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
    /// <summary><c>A(-text-)</c></summary>
    Ellipse,
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
    /// <summary><c>@{ shape: datastore }</c></summary>
    DataStore,
    /// <summary><c>@{ shape: bang }</c></summary>
    Bang,
    /// <summary><c>@{ shape: cloud }</c></summary>
    Cloud,
    /// <summary><c>@{ shape: text }</c></summary>
    Text,
    /// <summary><c>@{ shape: notch-rect }</c></summary>
    NotchedRectangle,
    /// <summary><c>@{ shape: lin-rect }</c></summary>
    LinedRectangle,
    /// <summary><c>@{ shape: sm-circ }</c></summary>
    SmallCircle,
    /// <summary><c>@{ shape: fr-circ }</c></summary>
    FramedCircle,
    /// <summary><c>@{ shape: fork }</c></summary>
    Fork,
    /// <summary><c>@{ shape: hourglass }</c></summary>
    Hourglass,
    /// <summary><c>@{ shape: brace }</c></summary>
    BraceLeft,
    /// <summary><c>@{ shape: brace-r }</c></summary>
    BraceRight,
    /// <summary><c>@{ shape: braces }</c></summary>
    Braces,
    /// <summary><c>@{ shape: bolt }</c></summary>
    Bolt,
    /// <summary><c>@{ shape: doc }</c></summary>
    Document,
    /// <summary><c>@{ shape: delay }</c></summary>
    Delay,
    /// <summary><c>@{ shape: h-cyl }</c></summary>
    HorizontalCylinder,
    /// <summary><c>@{ shape: lin-cyl }</c></summary>
    LinedCylinder,
    /// <summary><c>@{ shape: curv-trap }</c></summary>
    CurvedTrapezoid,
    /// <summary><c>@{ shape: div-rect }</c></summary>
    DividedRectangle,
    /// <summary><c>@{ shape: tri }</c></summary>
    Triangle,
    /// <summary><c>@{ shape: win-pane }</c></summary>
    WindowPane,
    /// <summary><c>@{ shape: f-circ }</c></summary>
    FilledCircle,
    /// <summary><c>@{ shape: notch-pent }</c></summary>
    NotchedPentagon,
    /// <summary><c>@{ shape: flip-tri }</c></summary>
    FlippedTriangle,
    /// <summary><c>@{ shape: sl-rect }</c></summary>
    SlopedRectangle,
    /// <summary><c>@{ shape: docs }</c></summary>
    StackedDocument,
    /// <summary><c>@{ shape: st-rect }</c></summary>
    StackedRectangle,
    /// <summary><c>@{ shape: bow-rect }</c></summary>
    BowTieRectangle,
    /// <summary><c>@{ shape: cross-circ }</c></summary>
    CrossedCircle,
    /// <summary><c>@{ shape: tag-doc }</c></summary>
    TaggedDocument,
    /// <summary><c>@{ shape: tag-rect }</c></summary>
    TaggedRectangle,
    /// <summary><c>@{ shape: flag }</c></summary>
    Flag,
    /// <summary><c>@{ shape: lin-doc }</c></summary>
    LinedDocument,
    /// <summary><c>@{ shape: state }</c></summary>
    State,
    /// <summary><c>@{ shape: choice }</c></summary>
    Choice,
    /// <summary><c>@{ shape: note }</c></summary>
    Note,
    /// <summary><c>@{ shape: icon }</c></summary>
    Icon,
    /// <summary><c>@{ shape: anchor }</c></summary>
    Anchor,
}
