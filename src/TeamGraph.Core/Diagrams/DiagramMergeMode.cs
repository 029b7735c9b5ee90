namespace TeamGraph.Core.Diagrams;

/// <summary>
/// Whether relationships of one kind between the same two actors, in the same direction and with the same handoff
/// status, are drawn as one edge labelled with their count and a few of their names ("3 handoffs: …; +1 more").
/// </summary>
public enum DiagramMergeMode
{
    /// <summary>
    /// Merge when the view would otherwise draw more than <see cref="DiagramRequest.AutoMergeThreshold"/> edges, the
    /// point past which parallel edges and their labels crowd a drawing; keep them apart otherwise. The default.
    /// </summary>
    Auto,

    /// <summary>Always merge parallel relationships.</summary>
    Always,

    /// <summary>Never merge: one edge per relationship.</summary>
    Never,
}
