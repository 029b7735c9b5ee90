namespace TeamGraph.Core.Diagrams;

/// <summary>What each line style means, in the words every writer's legend uses.</summary>
internal static class DiagramLegend
{
    /// <summary>The title of the legend box.</summary>
    public const string Title = "Legend";

    /// <summary>The meaning of <paramref name="style"/>.</summary>
    public static string Text(DiagramLineStyle style) => style switch
    {
        DiagramLineStyle.Handoff => "handoff",
        DiagramLineStyle.FlaggedHandoff => "⚠ one-sided or conflicting handoff",
        DiagramLineStyle.Collaboration => "collaboration map",
        DiagramLineStyle.Escalation => "escalation",
        DiagramLineStyle.Approval => "needs approval",
        DiagramLineStyle.Communication => "regular meeting",
        _ => "member of (outside its box)",
    };

    /// <summary>The styles the legend of <paramref name="view"/> explains under <paramref name="legend"/> (see <see cref="DiagramRequest.Legend"/>).</summary>
    public static IReadOnlyList<DiagramLineStyle> For(DiagramView view, bool? legend)
    {
        var styles = view.StylesDrawn();
        return legend switch
        {
            false => [],
            true => styles,
            _ => styles.Count > 1 ? styles : [],
        };
    }
}
