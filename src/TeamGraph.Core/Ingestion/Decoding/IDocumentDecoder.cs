namespace TeamGraph.Core.Ingestion.Decoding;

/// <summary>Turns a file's bytes into text, deciding the encoding on the whole file.</summary>
public interface IDocumentDecoder
{
    /// <summary>Decodes <paramref name="bytes"/>; never throws on bad input, reports it in the result instead.</summary>
    DecodedDocument Decode(string path, ReadOnlySpan<byte> bytes);
}
