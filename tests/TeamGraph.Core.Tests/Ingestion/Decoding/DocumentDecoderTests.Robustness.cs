using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Decoding;

namespace TeamGraph.Core.Tests.Ingestion.Decoding;

public partial class DocumentDecoderTests
{
    [Fact]
    public void Decode_RandomBytes_NeverThrowsAndExplainsEveryRefusal()
    {
        var random = new Random(20240601);
        var decoder = new DocumentDecoder();
        for (var i = 0; i < 500; i++)
        {
            var bytes = new byte[random.Next(8, 2048)];
            random.NextBytes(bytes);

            // Give some of the noise a Unicode signature or UTF-16's zero bytes, so every branch of the decoder sees it.
            switch (i % 4)
            {
                case 1:
                    "\uFEFF"u8.CopyTo(bytes);
                    break;
                case 2:
                    bytes[0] = 0xFF;
                    bytes[1] = 0xFE;
                    break;
                case 3:
                    for (var k = 1; k < bytes.Length; k += 2)
                    {
                        bytes[k] = 0;
                    }

                    break;
                default:
                    break;
            }

            var document = decoder.Decode($"noise-{i}.md", bytes);

            if (document.Text is null)
            {
                Assert.Contains(document.Diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
            }
        }
    }
}
