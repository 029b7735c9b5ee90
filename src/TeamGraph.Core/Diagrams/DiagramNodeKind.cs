namespace TeamGraph.Core.Diagrams;

/// <summary>How a node of a diagram is drawn.</summary>
public enum DiagramNodeKind
{
    /// <summary>A role with a card.</summary>
    Role,

    /// <summary>A role others name that has no card; drawn apart so the gap shows.</summary>
    UndocumentedRole,

    /// <summary>A group; drawn as a box around its members when any of them is in the view, else as a node.</summary>
    Group,

    /// <summary>An outside party or system.</summary>
    ExternalActor,
}
