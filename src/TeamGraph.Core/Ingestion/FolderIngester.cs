using System.Security.Cryptography;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Docs;
using TeamGraph.Core.Ingestion.Building;
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
                var read = ReadDocument(root, path);
                progress?.Report(new IngestionProgress(Interlocked.Increment(ref done), paths.Count, path));
                return read;
            })
            .ToList();

        var diagnostics = reads.SelectMany(r => r.Diagnostics).ToList();
        var documents = reads.Select(r => r.Document).OfType<LoadedDocument>().ToList();
        var registry = documents.FirstOrDefault(d => d.Path == RegistryFileName) is { } registryDocument
            ? TeamRegistryReader.Read(registryDocument.Path, registryDocument.Text, diagnostics)
            : TeamRegistry.Empty;
        var graph = TeamGraphBuilder.Build(registry, [.. documents.Select(d => d.Document)], diagnostics);
        return new IngestionResult(graph, [.. documents.Where(d => d.Document.IsRoleCard).Select(d => d.Document.Card)], Sort(diagnostics), paths.Count);
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
            var decoded = _pipeline.Decoder.Decode(path, bytes);
            diagnostics.AddRange(decoded.Diagnostics);
            if (string.IsNullOrWhiteSpace(decoded.Text))
            {
                // Refused or empty: the decoder has said so, and there is nothing to parse.
                return new ReadResult(null, diagnostics);
            }

            var card = _pipeline.CardParser.Parse(path, decoded.Text, diagnostics);
            var charts = card.MermaidBlocks.Select(block => _pipeline.MermaidParser.Parse(block, diagnostics)).OfType<Mermaid.MermaidFlowchart>().ToList();
            var document = new SourceDocument(path, Convert.ToHexStringLower(SHA256.HashData(bytes)), card, charts);
            return new ReadResult(new LoadedDocument(document, decoded.Text), diagnostics);
        }
        catch (IOException exception)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, IngestionDiagnosticCodes.UnreadableFile, path, null, $"The file could not be read: {exception.Message}"));
        }
        catch (UnauthorizedAccessException exception)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, IngestionDiagnosticCodes.UnreadableFile, path, null, $"The file could not be read: {exception.Message}"));
        }
#pragma warning disable CA1031 // One document's unexpected failure must not stop the others from loading.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, IngestionDiagnosticCodes.InternalError, path, null,
                $"TeamGraph failed on this document ({exception.GetType().Name}: {exception.Message}); the other documents still load. Please report it."));
        }

        return new ReadResult(null, diagnostics);
    }

    private static List<Diagnostic> Sort(List<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line ?? 0).ThenBy(d => d.Column ?? 0).ThenBy(d => d.Code, StringComparer.Ordinal)];

    private sealed record LoadedDocument(SourceDocument Document, string Text)
    {
        public string Path => Document.Path;
    }

    private sealed record ReadResult(LoadedDocument? Document, List<Diagnostic> Diagnostics);
}
