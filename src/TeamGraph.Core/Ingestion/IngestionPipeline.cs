using TeamGraph.Core.Ingestion.Decoding;
using TeamGraph.Core.Ingestion.Markdown;
using TeamGraph.Core.Ingestion.Mermaid;

namespace TeamGraph.Core.Ingestion;

/// <summary>
/// The ordered stages of ingestion, built once and then immutable: bytes → text (decoding), text → typed card
/// (Markdown), mermaid blocks → flowcharts; resolution and graph building follow over all documents at once.
/// </summary>
public sealed record IngestionPipeline(IDocumentDecoder Decoder, IRoleCardParser CardParser, IMermaidFlowchartParser MermaidParser)
{
    /// <summary>The standard stages.</summary>
    public static IngestionPipeline Default { get; } = new(new DocumentDecoder(), new RoleCardParser(), new MermaidFlowchartParser());
}
