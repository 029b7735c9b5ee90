namespace TeamGraph.Core.Cards;

/// <summary>Where a fact was written: the document path (relative, <c>/</c>-separated) and the 1-based line.</summary>
public readonly record struct SourceRef(string Path, int Line)
{
    /// <summary>The <c>path:line</c> form used as the <c>source</c> property of every node and relationship.</summary>
    public override string ToString() => $"{Path}:{Line}";
}
