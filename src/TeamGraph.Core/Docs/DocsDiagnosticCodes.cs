namespace TeamGraph.Core.Docs;

/// <summary>The codes of the diagnostics about diagram blocks in Markdown documents (<c>teamgraph docs sync</c>).</summary>
public static class DocsDiagnosticCodes
{
    /// <summary>An opening marker with no <c>&lt;!-- /teamgraph --&gt;</c> after it.</summary>
    public const string UnclosedBlock = "diagram-block-unclosed";

    /// <summary>An opening marker inside a block that is still open.</summary>
    public const string NestedBlock = "diagram-block-nested";

    /// <summary>A closing marker with no open block.</summary>
    public const string UnopenedBlock = "diagram-block-unopened";

    /// <summary>A <c>teamgraph</c> marker that cannot be read: no <c>--&gt;</c>, an unknown kind, an unclosed quote.</summary>
    public const string MalformedMarker = "diagram-block-malformed";

    /// <summary>The block's options are not valid options of <c>teamgraph diagram</c>.</summary>
    public const string InvalidOptions = "diagram-block-options";

    /// <summary>The block names a role the graph does not have.</summary>
    public const string UnknownRole = "diagram-block-unknown-role";

    /// <summary>The diagram could not be generated.</summary>
    public const string GenerationFailed = "diagram-block-failed";

    /// <summary>The document has diagram markers but is not UTF-8, so it cannot be rewritten byte for byte.</summary>
    public const string NotUtf8 = "diagram-block-not-utf8";
}
