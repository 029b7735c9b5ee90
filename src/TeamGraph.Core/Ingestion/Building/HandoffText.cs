namespace TeamGraph.Core.Ingestion.Building;

/// <summary>The name of what a row hands over when it leaves it blank; how names are compared lives in <c>Ingestion/Matching</c>.</summary>
public static class HandoffText
{
    /// <summary>What a handoff, decision or situation is called when its row leaves the text blank.</summary>
    public const string Unnamed = "(not named)";
}
