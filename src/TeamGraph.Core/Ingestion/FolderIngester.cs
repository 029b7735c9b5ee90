using System.Security.Cryptography;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Docs;
using TeamGraph.Core.Ingestion.Building;
using TeamGraph.Core.Ingestion.Decoding;
using TeamGraph.Core.Ingestion.Mermaid;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Ingestion;

/// <summary>
/// Ingests a folder of Markdown documents: every <c>*.md</c> below it (hidden folders, <c>node_modules</c>, <c>bin</c>
/// and <c>obj</c> skipped), read and parsed in parallel, then resolved and built into one graph. A broken document
/// becomes diagnostics; the others still load.
/// </summary>
public sealed class FolderIngester(IngestionPipeline? pipeline = null)
{
    /// <summary>Files above this size are refused rather than parsed.</summary>
    public const long MaxFileBytes = 32 * 1024 * 1024;

    /// <summary>The registry's file name, looked for at the top of the folder.</summary>
    public const string RegistryFileName = "team-structure.md";

    private readonly IngestionPipeline _pipeline = pipeline ?? IngestionPipeline.Default;

    /// <summary>Ingests <paramref name="folder"/>; throws <see cref="DirectoryNotFoundException"/> when it does not exist.</summary>
    public IngestionResult Ingest(string folder, IProgress<IngestionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"No such folder: {folder}");
        }

        var root = Path.GetFullPath(folder);
        var paths = MarkdownFolder.MarkdownFiles(root);
        var done = 0;
        var reads = paths.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(path =>
            {
                var read = ReadGuarded(root, path);
                progress?.Report(new IngestionProgress(Interlocked.Increment(ref done), paths.Count, path));
                return read;
            })
            .ToList();

        var diagnostics = reads.SelectMany(r => r.Diagnostics).ToList();
        var documents = reads.Select(r => r.Document).OfType<LoadedDocument>().ToList();
        var registry = TeamRegistry.Empty;
        if (documents.FirstOrDefault(d => d.Path == RegistryFileName) is { } registryDocument)
        {
            StageGuard.TryRun(PipelineStage.Registry, registryDocument.Path, null, "the registry is not used; names resolve from the cards alone.", diagnostics,
                () => registry = TeamRegistryReader.Read(registryDocument.Path, registryDocument.Text, diagnostics));
        }

        var graph = TeamGraphBuilder.Build(registry, [.. documents.Select(d => d.Document)], diagnostics);
        return new IngestionResult(graph, [.. documents.Where(d => d.Document.IsRoleCard).Select(d => d.Document.Card)], Sort(diagnostics), paths.Count);
    }

    /// <summary>Reads one document; whatever goes wrong in it stays with it.</summary>
    private ReadResult ReadGuarded(string root, string path)
    {
        var read = new ReadResult(null, []);
        StageGuard.TryRun(PipelineStage.Reading, path, null, "the document is not loaded.", read.Diagnostics, () => read = ReadDocument(root, path));
        return read;
    }

    private ReadResult ReadDocument(string root, string path)
    {
        var diagnostics = new List<Diagnostic>();
        try
        {
            var file = new FileInfo(Path.Combine(root, path));
            if (file.Length > MaxFileBytes)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, IngestionDiagnosticCodes.FileTooLarge, path, null,
                    $"The file is {file.Length / (1024 * 1024)} MiB; documents above {MaxFileBytes / (1024 * 1024)} MiB are not read."));
                return new ReadResult(null, diagnostics);
            }

            var bytes = File.ReadAllBytes(file.FullName);
            return new ReadResult(Parse(path, bytes, diagnostics), diagnostics);
        }
        catch (IOException exception)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, IngestionDiagnosticCodes.UnreadableFile, path, null, $"The file could not be read: {exception.Message}"));
        }
        catch (UnauthorizedAccessException exception)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, IngestionDiagnosticCodes.UnreadableFile, path, null, $"The file could not be read: {exception.Message}"));
        }

        return new ReadResult(null, diagnostics);
    }

    /// <summary>
    /// Decodes and parses one document's bytes, each stage under <see cref="StageGuard"/>: a decoder that throws loses
    /// the document; a card reader that throws leaves it a document without content; a mermaid block whose parser
    /// throws is skipped, and the rest of the card loads.
    /// </summary>
    private LoadedDocument? Parse(string path, byte[] bytes, List<Diagnostic> diagnostics)
    {
        DecodedDocument? decoded = null;
        if (!StageGuard.TryRun(PipelineStage.Decoding, path, null, "the document is not loaded.", diagnostics,
                () => decoded = _pipeline.Decoder.Decode(path, bytes)))
        {
            return null;
        }

        diagnostics.AddRange(decoded!.Diagnostics);
        var text = decoded.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            // Refused or empty: the decoder has said so, and there is nothing to parse.
            return null;
        }

        var card = new RoleCard { Path = path };
        StageGuard.TryRun(PipelineStage.CardReading, path, null, "the document is loaded without its content (no role, links or tables).", diagnostics,
            () => card = _pipeline.CardParser.Parse(path, text, diagnostics));
        var charts = new List<MermaidFlowchart>();
        foreach (var block in card.MermaidBlocks)
        {
            StageGuard.TryRun(PipelineStage.Mermaid, path, block.FirstLine, "the block is skipped; the rest of the card loads.", diagnostics, () =>
            {
                if (_pipeline.MermaidParser.Parse(block, diagnostics) is { } chart)
                {
                    charts.Add(chart);
                }
            });
        }

        var document = new SourceDocument(path, Convert.ToHexStringLower(SHA256.HashData(bytes)), card, charts);
        return new LoadedDocument(document, text);
    }

    private static List<Diagnostic> Sort(List<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line ?? 0).ThenBy(d => d.Column ?? 0).ThenBy(d => d.Code, StringComparer.Ordinal)];

    private sealed record LoadedDocument(SourceDocument Document, string Text)
    {
        public string Path => Document.Path;
    }

    private sealed record ReadResult(LoadedDocument? Document, List<Diagnostic> Diagnostics);
}
