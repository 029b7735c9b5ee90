namespace TeamGraph.Core.Ingestion.Decoding;

/// <summary>Text restored from mojibake, and the code pages it had been mis-decoded with, outermost first.</summary>
/// <param name="Text">The restored text.</param>
/// <param name="Layers">The code pages undone, in the order they were undone.</param>
internal sealed record MojibakeRepair(string Text, IReadOnlyList<MojibakeCodePage> Layers)
{
    /// <summary>How the repair reads in a diagnostic, e.g. "decoded as Mac Roman".</summary>
    public string DecodedAs => string.Join(", and before that as ", Layers.Select(layer => layer.DisplayName));
}
