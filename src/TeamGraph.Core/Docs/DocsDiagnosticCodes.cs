using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Docs;

/// <summary>
/// The codes of the diagnostics about diagram blocks in Markdown documents (<c>teamgraph docs sync</c>); each one's
/// meaning is in its <see cref="DiagnosticDescriptionAttribute"/>.
/// </summary>
public static class DocsDiagnosticCodes
{
    [DiagnosticDescription(DiagnosticSeverity.Error,
        "A diagram block's opening marker has no <!-- /teamgraph --> after it.",
        "Close the block with <!-- /teamgraph --> after its diagram.")]
    public const string UnclosedBlock = "diagram-block-unclosed";

    [DiagnosticDescription(DiagnosticSeverity.Error,
        "A diagram block's opening marker stands inside a block that is still open.",
        "Close the first block before opening the next.")]
    public const string NestedBlock = "diagram-block-nested";

    [DiagnosticDescription(DiagnosticSeverity.Error,
        "A closing <!-- /teamgraph --> marker closes no open diagram block.",
        "Remove the marker, or add the opening marker it belongs to.")]
    public const string UnopenedBlock = "diagram-block-unopened";

    [DiagnosticDescription(DiagnosticSeverity.Error,
        "A teamgraph marker cannot be read: no '-->', an unknown kind, an unclosed quote.",
        "Write the marker as <!-- teamgraph:diagram --team --kinds handoff -->, with the options of teamgraph diagram.")]
    public const string MalformedMarker = "diagram-block-malformed";

    [DiagnosticDescription(DiagnosticSeverity.Error,
        "A diagram block's options are not valid options of teamgraph diagram.",
        "Use the options 'teamgraph diagram --help' lists.")]
    public const string InvalidOptions = "diagram-block-options";

    [DiagnosticDescription(DiagnosticSeverity.Error,
        "A diagram block names a role the graph does not have.",
        "Name the role by a code or name a card gives it.")]
    public const string UnknownRole = "diagram-block-unknown-role";

    [DiagnosticDescription(DiagnosticSeverity.Error,
        "A diagram block's diagram could not be generated.",
        "See the message; with --verbose teamgraph says more.")]
    public const string GenerationFailed = "diagram-block-failed";

    [DiagnosticDescription(DiagnosticSeverity.Error,
        "The document has diagram markers but is not UTF-8, so it cannot be rewritten byte for byte.",
        "Save the document as UTF-8.")]
    public const string NotUtf8 = "diagram-block-not-utf8";
}
