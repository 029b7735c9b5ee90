namespace TeamGraph.Core.Diagrams;

/// <summary>The colours shared by every writer, so a kind and a line style look alike in each language.</summary>
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

    public static string Colour(DiagramLineStyle style) => style switch
    {
        DiagramLineStyle.FlaggedHandoff => Warning,
        DiagramLineStyle.Membership => Membership,
        DiagramLineStyle.Collaboration => Colour(EdgeKind.Collaboration),
        DiagramLineStyle.Escalation => Colour(EdgeKind.Escalation),
        DiagramLineStyle.Approval => Colour(EdgeKind.Approval),
        DiagramLineStyle.Communication => Colour(EdgeKind.Communication),
        _ => Colour(EdgeKind.Handoff),
    };
}
