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

    [Theory]
    [InlineData(0)]
    [InlineData(4_095)]
    [InlineData(4_096)]
    [InlineData(4_097)]
    [InlineData(65_537)]
    public void Read_FileAroundTheBufferSizes_ReadsEveryByte(int length)
    {
        var path = Path.Combine(_root, "sized.md");
        var content = Enumerable.Range(0, length).Select(i => (byte)('a' + (i % 26))).ToArray();
        File.WriteAllBytes(path, content);

        Assert.Equal(content, DocumentFileReader.Read(new MarkdownFolderEntry("sized.md", path), length, []));
        Assert.Equal(content, DocumentFileReader.Read(new MarkdownFolderEntry("sized.md", path), length + 1_000_000, []));
    }

    [Fact]
    public void Read_FileThatReportsNoLength_ReadsUntilItEnds_AndStopsAtTheCap()
    {
        // Files under /proc report a length of 0 and hold more: the read must not trust the reported length.
        Assert.SkipUnless(OperatingSystem.IsLinux(), "/proc is Linux's.");
        var maps = new MarkdownFolderEntry("maps.md", "/proc/self/maps");
        var diagnostics = new List<Diagnostic>();

        var bytes = DocumentFileReader.Read(maps, 32 * 1024 * 1024, diagnostics);

        Assert.Empty(diagnostics);
        Assert.NotNull(bytes);
        Assert.Equal(0, new FileInfo(maps.FullPath).Length);
        Assert.True(bytes.Length > 8 * 1024, $"read {bytes.Length} bytes of the process's memory map");
        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.Equal(File.ReadLines(maps.FullPath).First(), System.Text.Encoding.UTF8.GetString(bytes).Split('\n')[0]);

        Assert.Null(DocumentFileReader.Read(maps, 6_000, diagnostics));
        Assert.Equal(IngestionDiagnosticCodes.FileTooLarge, Assert.Single(diagnostics).Code);
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
