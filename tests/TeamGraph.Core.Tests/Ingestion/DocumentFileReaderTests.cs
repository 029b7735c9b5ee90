using System.Diagnostics;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Docs;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Core.Tests.Ingestion;

public sealed class DocumentFileReaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("teamgraph-read-").FullName;

    [Fact(Timeout = 30_000)]
    public async Task Read_Fifo_IsRefusedWithoutOpeningIt()
    {
        var fifo = MakeFifo("pipe.md");
        var diagnostics = new List<Diagnostic>();

        var bytes = await Task.Run(() => DocumentFileReader.Read(new MarkdownFolderEntry("pipe.md", fifo), 1024, diagnostics), TestContext.Current.CancellationToken);

        Assert.Null(bytes);
        var refused = Assert.Single(diagnostics);
        Assert.Equal((IngestionDiagnosticCodes.NotARegularFile, "pipe.md"), (refused.Code, refused.Path));
        Assert.Contains("FIFO", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CharacterDevice_IsRefused()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "File types are told on Linux only.");
        var diagnostics = new List<Diagnostic>();

        Assert.Null(DocumentFileReader.Read(new MarkdownFolderEntry("zero.md", "/dev/zero"), 1024, diagnostics));

        Assert.Contains("character device", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MoreBytesThanTheCap_IsRefusedAsTooLarge()
    {
        var path = Path.Combine(_root, "big.md");
        File.WriteAllBytes(path, new byte[200_000]);
        var diagnostics = new List<Diagnostic>();

        Assert.Null(DocumentFileReader.Read(new MarkdownFolderEntry("big.md", path), 100_000, diagnostics));

        Assert.Equal(IngestionDiagnosticCodes.FileTooLarge, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Read_RegularFile_ReadsEveryByte()
    {
        var path = Path.Combine(_root, "card.md");
        var content = Enumerable.Range(0, 150_000).Select(i => (byte)('a' + (i % 26))).ToArray();
        File.WriteAllBytes(path, content);

        Assert.Equal(content, DocumentFileReader.Read(new MarkdownFolderEntry("card.md", path), 150_000, []));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    internal static string MakeFifo(string path, string? root = null)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "FIFOs are made and told on Linux only.");
        var full = Path.Combine(root ?? Path.GetTempPath(), path);
        using var mkfifo = Process.Start("mkfifo", [full]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return full;
    }

    private string MakeFifo(string path) => MakeFifo(path, _root);
}
