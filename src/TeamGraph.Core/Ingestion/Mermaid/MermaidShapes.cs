namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>The node shape delimiters: which opener takes which closers, and which shape a pair means.</summary>
internal static class MermaidShapes
{
    // Longest first, so that "((" wins over "(" as in mermaid's lexer.
    private static readonly string[] Openers = ["(((", "((", "([", "[[", "[(", "[/", "[\\", "{{", "[", "(", "{", ">"];

    /// <summary>The opener at <paramref name="position"/>, or <see langword="null"/>.</summary>
    public static string? OpenerAt(string code, int position)
    {
        foreach (var opener in Openers)
        {
            if (string.CompareOrdinal(code, position, opener, 0, opener.Length) == 0)
            {
                return opener;
            }
        }

        return null;
    }

    /// <summary>The closers that end a label opened with <paramref name="opener"/>.</summary>
    public static string[] ClosersOf(string opener) => opener switch
    {
        "(((" => [")))"],
        "((" => ["))"],
        "([" => ["])"],
        "[[" => ["]]"],
        "[(" => [")]"],
        "[/" or "[\\" => ["/]", "\\]"],
        "{{" => ["}}"],
        "(" => [")"],
        "{" => ["}"],
        _ => ["]"],
    };

    /// <summary>The shape an opener and its closer give.</summary>
    public static MermaidNodeShape Resolve(string opener, string closer) => (opener, closer) switch
    {
        ("(((", _) => MermaidNodeShape.DoubleCircle,
        ("((", _) => MermaidNodeShape.Circle,
        ("([", _) => MermaidNodeShape.Stadium,
        ("[[", _) => MermaidNodeShape.Subroutine,
        ("[(", _) => MermaidNodeShape.Cylinder,
        ("[/", "/]") => MermaidNodeShape.Parallelogram,
        ("[/", _) => MermaidNodeShape.Trapezoid,
        ("[\\", "\\]") => MermaidNodeShape.ParallelogramAlt,
        ("[\\", _) => MermaidNodeShape.TrapezoidAlt,
        ("{{", _) => MermaidNodeShape.Hexagon,
        ("(", _) => MermaidNodeShape.Round,
        ("{", _) => MermaidNodeShape.Rhombus,
        (">", _) => MermaidNodeShape.Asymmetric,
        _ => MermaidNodeShape.Rectangle,
    };
}
