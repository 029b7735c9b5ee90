namespace TeamGraph.Core.Diagrams;

/// <summary>The colours shared by every writer, so a kind looks alike in each language.</summary>
internal static class DiagramEdgeStyle
{
    public const string Warning = "#D32F2F";
    public const string Membership = "#9E9E9E";

    public static string Colour(EdgeKind kind) => kind switch
    {
        EdgeKind.Handoff => "#37474F",
        EdgeKind.Collaboration => "#1565C0",
        EdgeKind.Escalation => "#E65100",
        EdgeKind.Approval => "#2E7D32",
        _ => "#757575",
    };

    public static string Colour(DiagramEdge edge) => edge.Flagged ? Warning : Colour(edge.Kind);
}
