namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// Unwinds the parser from the first syntax error to <see cref="MermaidFlowchartParser.Parse"/>, which turns it into a
/// diagnostic. It never leaves the parser.
/// </summary>
internal sealed class MermaidSyntaxException : Exception
{
    public MermaidSyntaxException(string problem, int line, int column, string code = MermaidDiagnosticCodes.SyntaxError)
        : base($"{problem} at line {line}, column {column}")
    {
        Line = line;
        Column = column;
        Code = code;
    }

    /// <summary>File line of the problem.</summary>
    public int Line { get; }

    /// <summary>1-based column of the problem.</summary>
    public int Column { get; }

    /// <summary>The diagnostic code, one of <see cref="MermaidDiagnosticCodes"/>.</summary>
    public string Code { get; }
}
