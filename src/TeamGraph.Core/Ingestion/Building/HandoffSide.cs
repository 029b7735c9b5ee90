namespace TeamGraph.Core.Ingestion.Building;

/// <summary>Which table of a card declared a handoff; the value is the <c>side</c> of <c>DECLARES</c>.</summary>
public static class HandoffSide
{
    public const string Input = "input";
    public const string Output = "output";
    public const string HandoffPoint = "handoff-point";
}
