using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Decoding;

namespace TeamGraph.Core.Tests.Ingestion.Decoding;

/// <summary>Reads the inputs under tests/data/decoding and decodes them.</summary>
internal static class DecodingSample
{
    public static DecodedDocument Decode(string name) =>
        new DocumentDecoder().Decode(name, File.ReadAllBytes(TestPaths.Data("decoding", name)));

    public static string Expected(string name) =>
        File.ReadAllText(TestPaths.Data("decoding", name.Replace(".md", ".expected.md", StringComparison.Ordinal)));

    public static Diagnostic Single(DecodedDocument document, string code) =>
        Assert.Single(document.Diagnostics, diagnostic => diagnostic.Code == code);
}
