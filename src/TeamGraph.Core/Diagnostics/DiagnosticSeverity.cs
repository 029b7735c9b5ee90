namespace TeamGraph.Core.Diagnostics;

/// <summary>How serious a diagnostic is. Ordered: a higher value is more severe.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something the ingester did on the user's behalf, such as repairing an encoding.</summary>
    Info = 0,

    /// <summary>Input that loaded, but probably not as its author meant (an unresolved name, a ragged row).</summary>
    Warning = 1,

    /// <summary>Input that could not be loaded (a binary file, a broken mermaid block).</summary>
    Error = 2,
}
