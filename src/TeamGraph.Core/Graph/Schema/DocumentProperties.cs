namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of a <c>Document</c> node.</summary>
public static class DocumentProperties
{
    /// <summary>The path relative to the docs folder (or the URL of an external link).</summary>
    public static RequiredProperty<string> Path { get; } = PropertyKeys.RequiredText("path");

    /// <summary>The document's title, or the text of the first link to it.</summary>
    public static OptionalProperty<string> Title { get; } = PropertyKeys.OptionalText("title");

    /// <summary>The SHA-256 of an ingested document's bytes.</summary>
    public static OptionalProperty<string> Sha256 { get; } = PropertyKeys.OptionalText("sha256");

    /// <summary>True for an ingested document; false for a link target that was not found.</summary>
    public static RequiredProperty<bool> Exists { get; } = PropertyKeys.RequiredFlag("exists");

    /// <summary>"role-card" or "document" for an ingested document.</summary>
    public static OptionalProperty<string> Kind { get; } = PropertyKeys.OptionalText("kind");

    /// <summary>True for an http(s) or mailto link target.</summary>
    public static DefaultedProperty<bool> External { get; } = PropertyKeys.Flag("external");

    /// <summary>True when the file no longer loads and the node holds its last good version.</summary>
    public static DefaultedProperty<bool> Stale { get; } = PropertyKeys.Flag("stale");

    /// <summary>Why a stale document's file no longer loads (the diagnostic).</summary>
    public static OptionalProperty<string> StaleReason { get; } = PropertyKeys.OptionalText("staleReason");

    /// <summary>The schema: <c>source</c> and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(NodeLabels.Document, Path, Title, Sha256, Exists, Kind, External, Stale, StaleReason);
}
