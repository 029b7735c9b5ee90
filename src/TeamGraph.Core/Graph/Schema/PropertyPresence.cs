namespace TeamGraph.Core.Graph.Schema;

/// <summary>Whether a property is always there, may be missing, or stands for a default when missing.</summary>
public enum PropertyPresence
{
    /// <summary>Every node or relationship of the label or type has it; the graph draft refuses one without it.</summary>
    Required,

    /// <summary>The documents may leave it out (a blank cell, a missing column); reading it gives <see langword="null"/>.</summary>
    Optional,

    /// <summary>Stored only when it differs from its default (an empty list, <see langword="false"/>); reading it gives the default otherwise.</summary>
    Defaulted,
}
