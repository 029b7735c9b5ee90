using System.Collections.Frozen;

namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>The node shape delimiters: which opener takes which closers, and which shape a pair means.</summary>
internal static class MermaidShapes
{
    /// <summary>
    /// Mermaid 11's shape names for <c>@{ shape: ... }</c>: every short name and alias of its shape list, plus the lowercase
    /// names of its undocumented shapes. Mermaid checks names as written (lowercase, no <c>_</c>) and reports the name itself as
    /// the vertex type, so the name is kept beside the shape it draws.
    /// </summary>
    private static readonly FrozenDictionary<string, MermaidNodeShape> ByName = new Dictionary<string, MermaidNodeShape>(StringComparer.Ordinal)
    {
        ["rect"] = MermaidNodeShape.Rectangle,
        ["proc"] = MermaidNodeShape.Rectangle,
        ["process"] = MermaidNodeShape.Rectangle,
        ["rectangle"] = MermaidNodeShape.Rectangle,
        ["rounded"] = MermaidNodeShape.Round,
        ["event"] = MermaidNodeShape.Round,
        ["stadium"] = MermaidNodeShape.Stadium,
        ["terminal"] = MermaidNodeShape.Stadium,
        ["pill"] = MermaidNodeShape.Stadium,
        ["fr-rect"] = MermaidNodeShape.Subroutine,
        ["subprocess"] = MermaidNodeShape.Subroutine,
        ["subproc"] = MermaidNodeShape.Subroutine,
        ["framed-rectangle"] = MermaidNodeShape.Subroutine,
        ["subroutine"] = MermaidNodeShape.Subroutine,
        ["cyl"] = MermaidNodeShape.Cylinder,
        ["db"] = MermaidNodeShape.Cylinder,
        ["database"] = MermaidNodeShape.Cylinder,
        ["cylinder"] = MermaidNodeShape.Cylinder,
        ["circle"] = MermaidNodeShape.Circle,
        ["circ"] = MermaidNodeShape.Circle,
        ["diam"] = MermaidNodeShape.Rhombus,
        ["decision"] = MermaidNodeShape.Rhombus,
        ["diamond"] = MermaidNodeShape.Rhombus,
        ["question"] = MermaidNodeShape.Rhombus,
        ["hex"] = MermaidNodeShape.Hexagon,
        ["hexagon"] = MermaidNodeShape.Hexagon,
        ["prepare"] = MermaidNodeShape.Hexagon,
        ["lean-r"] = MermaidNodeShape.Parallelogram,
        ["lean-right"] = MermaidNodeShape.Parallelogram,
        ["in-out"] = MermaidNodeShape.Parallelogram,
        ["lean-l"] = MermaidNodeShape.ParallelogramAlt,
        ["lean-left"] = MermaidNodeShape.ParallelogramAlt,
        ["out-in"] = MermaidNodeShape.ParallelogramAlt,
        ["trap-b"] = MermaidNodeShape.Trapezoid,
        ["priority"] = MermaidNodeShape.Trapezoid,
        ["trapezoid-bottom"] = MermaidNodeShape.Trapezoid,
        ["trapezoid"] = MermaidNodeShape.Trapezoid,
        ["trap-t"] = MermaidNodeShape.TrapezoidAlt,
        ["manual"] = MermaidNodeShape.TrapezoidAlt,
        ["trapezoid-top"] = MermaidNodeShape.TrapezoidAlt,
        ["inv-trapezoid"] = MermaidNodeShape.TrapezoidAlt,
        ["dbl-circ"] = MermaidNodeShape.DoubleCircle,
        ["double-circle"] = MermaidNodeShape.DoubleCircle,
        ["odd"] = MermaidNodeShape.Asymmetric,
        ["datastore"] = MermaidNodeShape.DataStore,
        ["data-store"] = MermaidNodeShape.DataStore,
        ["bang"] = MermaidNodeShape.Bang,
        ["cloud"] = MermaidNodeShape.Cloud,
        ["text"] = MermaidNodeShape.Text,
        ["notch-rect"] = MermaidNodeShape.NotchedRectangle,
        ["card"] = MermaidNodeShape.NotchedRectangle,
        ["notched-rectangle"] = MermaidNodeShape.NotchedRectangle,
        ["lin-rect"] = MermaidNodeShape.LinedRectangle,
        ["lined-rectangle"] = MermaidNodeShape.LinedRectangle,
        ["lined-process"] = MermaidNodeShape.LinedRectangle,
        ["lin-proc"] = MermaidNodeShape.LinedRectangle,
        ["shaded-process"] = MermaidNodeShape.LinedRectangle,
        ["sm-circ"] = MermaidNodeShape.SmallCircle,
        ["start"] = MermaidNodeShape.SmallCircle,
        ["small-circle"] = MermaidNodeShape.SmallCircle,
        ["fr-circ"] = MermaidNodeShape.FramedCircle,
        ["stop"] = MermaidNodeShape.FramedCircle,
        ["framed-circle"] = MermaidNodeShape.FramedCircle,
        ["fork"] = MermaidNodeShape.Fork,
        ["join"] = MermaidNodeShape.Fork,
        ["hourglass"] = MermaidNodeShape.Hourglass,
        ["collate"] = MermaidNodeShape.Hourglass,
        ["brace"] = MermaidNodeShape.BraceLeft,
        ["comment"] = MermaidNodeShape.BraceLeft,
        ["brace-l"] = MermaidNodeShape.BraceLeft,
        ["brace-r"] = MermaidNodeShape.BraceRight,
        ["braces"] = MermaidNodeShape.Braces,
        ["bolt"] = MermaidNodeShape.Bolt,
        ["com-link"] = MermaidNodeShape.Bolt,
        ["lightning-bolt"] = MermaidNodeShape.Bolt,
        ["doc"] = MermaidNodeShape.Document,
        ["document"] = MermaidNodeShape.Document,
        ["delay"] = MermaidNodeShape.Delay,
        ["half-rounded-rectangle"] = MermaidNodeShape.Delay,
        ["h-cyl"] = MermaidNodeShape.HorizontalCylinder,
        ["das"] = MermaidNodeShape.HorizontalCylinder,
        ["horizontal-cylinder"] = MermaidNodeShape.HorizontalCylinder,
        ["lin-cyl"] = MermaidNodeShape.LinedCylinder,
        ["disk"] = MermaidNodeShape.LinedCylinder,
        ["lined-cylinder"] = MermaidNodeShape.LinedCylinder,
        ["curv-trap"] = MermaidNodeShape.CurvedTrapezoid,
        ["curved-trapezoid"] = MermaidNodeShape.CurvedTrapezoid,
        ["display"] = MermaidNodeShape.CurvedTrapezoid,
        ["div-rect"] = MermaidNodeShape.DividedRectangle,
        ["div-proc"] = MermaidNodeShape.DividedRectangle,
        ["divided-rectangle"] = MermaidNodeShape.DividedRectangle,
        ["divided-process"] = MermaidNodeShape.DividedRectangle,
        ["tri"] = MermaidNodeShape.Triangle,
        ["extract"] = MermaidNodeShape.Triangle,
        ["triangle"] = MermaidNodeShape.Triangle,
        ["win-pane"] = MermaidNodeShape.WindowPane,
        ["internal-storage"] = MermaidNodeShape.WindowPane,
        ["window-pane"] = MermaidNodeShape.WindowPane,
        ["f-circ"] = MermaidNodeShape.FilledCircle,
        ["junction"] = MermaidNodeShape.FilledCircle,
        ["filled-circle"] = MermaidNodeShape.FilledCircle,
        ["notch-pent"] = MermaidNodeShape.NotchedPentagon,
        ["loop-limit"] = MermaidNodeShape.NotchedPentagon,
        ["notched-pentagon"] = MermaidNodeShape.NotchedPentagon,
        ["flip-tri"] = MermaidNodeShape.FlippedTriangle,
        ["manual-file"] = MermaidNodeShape.FlippedTriangle,
        ["flipped-triangle"] = MermaidNodeShape.FlippedTriangle,
        ["sl-rect"] = MermaidNodeShape.SlopedRectangle,
        ["manual-input"] = MermaidNodeShape.SlopedRectangle,
        ["sloped-rectangle"] = MermaidNodeShape.SlopedRectangle,
        ["docs"] = MermaidNodeShape.StackedDocument,
        ["documents"] = MermaidNodeShape.StackedDocument,
        ["st-doc"] = MermaidNodeShape.StackedDocument,
        ["stacked-document"] = MermaidNodeShape.StackedDocument,
        ["st-rect"] = MermaidNodeShape.StackedRectangle,
        ["procs"] = MermaidNodeShape.StackedRectangle,
        ["processes"] = MermaidNodeShape.StackedRectangle,
        ["stacked-rectangle"] = MermaidNodeShape.StackedRectangle,
        ["bow-rect"] = MermaidNodeShape.BowTieRectangle,
        ["stored-data"] = MermaidNodeShape.BowTieRectangle,
        ["bow-tie-rectangle"] = MermaidNodeShape.BowTieRectangle,
        ["cross-circ"] = MermaidNodeShape.CrossedCircle,
        ["summary"] = MermaidNodeShape.CrossedCircle,
        ["crossed-circle"] = MermaidNodeShape.CrossedCircle,
        ["tag-doc"] = MermaidNodeShape.TaggedDocument,
        ["tagged-document"] = MermaidNodeShape.TaggedDocument,
        ["tag-rect"] = MermaidNodeShape.TaggedRectangle,
        ["tagged-rectangle"] = MermaidNodeShape.TaggedRectangle,
        ["tag-proc"] = MermaidNodeShape.TaggedRectangle,
        ["tagged-process"] = MermaidNodeShape.TaggedRectangle,
        ["flag"] = MermaidNodeShape.Flag,
        ["paper-tape"] = MermaidNodeShape.Flag,
        ["lin-doc"] = MermaidNodeShape.LinedDocument,
        ["lined-document"] = MermaidNodeShape.LinedDocument,
        ["state"] = MermaidNodeShape.State,
        ["choice"] = MermaidNodeShape.Choice,
        ["note"] = MermaidNodeShape.Note,
        ["icon"] = MermaidNodeShape.Icon,
        ["anchor"] = MermaidNodeShape.Anchor,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Longest first, so that "((" wins over "(" as in mermaid's lexer.
    private static readonly string[] Openers = ["(((", "((", "(-", "([", "[[", "[(", "[/", "[\\", "[|", "{{", "[", "(", "{", ">"];

    /// <summary>The opener at <paramref name="position"/>, or <see langword="null"/>.</summary>
    public static string? OpenerAt(string code, int position)
    {
        // Most tokens are ids or links: one look at the first character settles them.
        if (position >= code.Length || code[position] is not ('(' or '[' or '{' or '>'))
        {
            return null;
        }

        foreach (var opener in Openers)
        {
            if (string.CompareOrdinal(code, position, opener, 0, opener.Length) == 0)
            {
                return opener;
            }
        }

        return null;
    }

    private static readonly string[] TripleParenthesisClosers = [")))"];
    private static readonly string[] DoubleParenthesisClosers = ["))"];
    private static readonly string[] EllipseClosers = ["-)", "/)", "))"];
    private static readonly string[] StadiumClosers = ["])"];
    private static readonly string[] SubroutineClosers = ["]]"];
    private static readonly string[] CylinderClosers = [")]"];
    // Mermaid's trapezoid end is a character class followed by ']' that takes ')', '(' and ']' as well as '\\'.
    private static readonly string[] SlantedClosers = ["/]", "\\]", ")]", "(]", "]]"];
    private static readonly string[] HexagonClosers = ["}}"];
    private static readonly string[] ParenthesisClosers = [")"];
    private static readonly string[] BraceClosers = ["}"];
    private static readonly string[] BracketClosers = ["]"];

    /// <summary>The closers that end a label opened with <paramref name="opener"/> (shared arrays: do not change them).</summary>
    public static string[] ClosersOf(string opener) => opener switch
    {
        "(((" => TripleParenthesisClosers,
        "((" => DoubleParenthesisClosers,
        "(-" => EllipseClosers,
        "([" => StadiumClosers,
        "[[" => SubroutineClosers,
        "[(" => CylinderClosers,
        "[/" or "[\\" => SlantedClosers,
        "{{" => HexagonClosers,
        "(" => ParenthesisClosers,
        "{" => BraceClosers,
        _ => BracketClosers,
    };

    /// <summary>The shape an opener and its closer give.</summary>
    public static MermaidNodeShape Resolve(string opener, string closer) => (opener, closer) switch
    {
        ("(((", _) => MermaidNodeShape.DoubleCircle,
        ("((", _) => MermaidNodeShape.Circle,
        ("(-", _) => MermaidNodeShape.Ellipse,
        ("([", _) => MermaidNodeShape.Stadium,
        ("[[", _) => MermaidNodeShape.Subroutine,
        ("[(", _) => MermaidNodeShape.Cylinder,
        ("[/", "/]") => MermaidNodeShape.Parallelogram,
        ("[/", _) => MermaidNodeShape.Trapezoid,
        ("[\\", "\\]" or ")]" or "(]" or "]]") => MermaidNodeShape.ParallelogramAlt,
        ("[\\", _) => MermaidNodeShape.TrapezoidAlt,
        ("{{", _) => MermaidNodeShape.Hexagon,
        ("(", _) => MermaidNodeShape.Round,
        ("{", _) => MermaidNodeShape.Rhombus,
        (">", _) => MermaidNodeShape.Asymmetric,
        _ => MermaidNodeShape.Rectangle,
    };

    /// <summary>
    /// The vertex type mermaid reports for a delimiter when no <see cref="MermaidNodeShape"/> of the classic list fits it: a
    /// rectangle with properties (<c>B[|borders:lt|text]</c>) is mermaid's <c>rect</c>, the shape a data block names "rect".
    /// </summary>
    public static string? TypeNameOf(string opener) => opener == "[|" ? "rect" : null;

    /// <summary>The shape a mermaid 11 shape name or alias draws; <see langword="false"/> when mermaid has no such shape.</summary>
    public static bool TryResolveName(string name, out MermaidNodeShape shape) => ByName.TryGetValue(name, out shape);
}
