using System.Globalization;
using System.Security.Cryptography;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Docs;
using TeamGraph.Core.Ingestion.Building;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Ingestion;

/// <summary>
/// Ingests a folder of Markdown documents: every <c>*.md</c> below it that <see cref="MarkdownFolder.Walk"/> lists
/// (hidden folders, <c>node_modules</c>, <c>bin</c> and <c>obj</c> skipped; links followed only inside the folder),
/// read and parsed in parallel, each within <see cref="IngestionOptions.DocumentBudget"/>, then resolved and built into
/// one graph. A broken document becomes diagnostics; the others still load. Given the previous ingest, a document that
/// loaded then and no longer does keeps its last good version, marked stale.
/// </summary>
public sealed class FolderIngester(IngestionPipeline? pipeline = null, IngestionOptions? options = null, TimeProvider? time = null)
{
    /// <summary>Files above this size are refused rather than parsed, by default (<see cref="IngestionOptions.MaxFileBytes"/>).</summary>
    public const long MaxFileBytes = 32 * 1024 * 1024;

    /// <summary>The registry's file name, looked for at the top of the folder.</summary>
    public const string RegistryFileName = "team-structure.md";

    private readonly IngestionPipeline _pipeline = pipeline ?? IngestionPipeline.Default;
    private readonly IngestionOptions _options = options ?? IngestionOptions.Default;
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Ingests <paramref name="folder"/>; throws <see cref="DirectoryNotFoundException"/> when it does not exist.</summary>
    public IngestionResult Ingest(string folder, IProgress<IngestionProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Ingest(folder, previous: null, progress, cancellationToken);

    /// <summary>
    /// Ingests <paramref name="folder"/> again after <paramref name="previous"/>: a document of the previous ingest that
    /// now fails (refused, unreadable, over its budget, half-written, or a role card that no longer parses as one) keeps
    /// its last good version, marked stale, with a warning; the others are read afresh. Throws
    /// <see cref="DirectoryNotFoundException"/> when the folder does not exist.
    /// </summary>
    public IngestionResult Ingest(string folder, IngestionResult? previous, IProgress<IngestionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"No such folder: {folder}");
        }

        var root = Path.GetFullPath(folder);
        var listing = MarkdownFolder.Walk(root);
        var files = listing.Files;
        var earlier = (previous?.Documents ?? []).ToDictionary(d => d.Path, StringComparer.Ordinal);
        var reads = new ReadResult[files.Count];
        var done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.ForEachAsync(Enumerable.Range(0, files.Count), parallel, async (i, token) =>
        {
            var before = earlier.GetValueOrDefault(files[i].Path);
            reads[i] = KeepLastGood(await ReadWithinBudgetAsync(files[i], before, token).ConfigureAwait(false), before);
            progress?.Report(new IngestionProgress(Interlocked.Increment(ref done), files.Count, files[i].Path));
        }).GetAwaiter().GetResult();

        var diagnostics = listing.Diagnostics.Concat(reads.SelectMany(r => r.Diagnostics)).ToList();
        var documents = reads.Select(r => r.Document).OfType<IngestedDocument>().ToList();
        var registry = documents.FirstOrDefault(d => d.Path == RegistryFileName) is { } registryDocument
            ? TeamRegistryReader.Read(registryDocument.Path, registryDocument.Text, diagnostics)
            : TeamRegistry.Empty;
        var graph = TeamGraphBuilder.Build(registry, [.. documents.Select(d => d.Source)], diagnostics);
        return new IngestionResult(graph, [.. documents.Where(d => d.Source.IsRoleCard).Select(d => d.Source.Card)], Sort(diagnostics), files.Count)
        {
            Documents = documents,
        };
    }

    /// <summary>
    /// Reads one document on a worker of its own and stops waiting at its budget: Markdig cannot be cancelled, so the
    /// guards before it (<see cref="Markdown.InlineDelimiterGuard"/>, <see cref="Markdown.NestingGuard"/>) keep its work
    /// short, and this makes sure that whatever they miss costs the ingest no more than the budget. Waiting for a file
    /// still being written is not counted against it.
    /// </summary>
    private async Task<ReadResult> ReadWithinBudgetAsync(MarkdownFolderEntry file, IngestedDocument? before, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var settling = before is null ? TimeSpan.Zero : _options.SettleTime * _options.SettleRetries;
        var work = Task.Run(() => ReadDocument(file, before, budget.Token), CancellationToken.None);
        try
        {
            return await work.WaitAsync(_options.DocumentBudget + settling, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await budget.CancelAsync().ConfigureAwait(false);
            _ = work.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return new ReadResult(null, [new Diagnostic(DiagnosticSeverity.Error, IngestionDiagnosticCodes.BudgetExceeded, file.Path, null,
                string.Create(CultureInfo.InvariantCulture, $"Reading the document took longer than its budget of {_options.DocumentBudget.TotalSeconds:0.###} s; it was left out and the other documents still load."))]);
        }
    }

    /// <summary>A document that loaded before and fails now keeps its last good version, marked stale.</summary>
    private static ReadResult KeepLastGood(ReadResult read, IngestedDocument? before)
    {
        var errors = read.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var failed = errors.Count > 0 && (read.Document is null || (before?.Source.IsRoleCard == true && !read.Document.Source.IsRoleCard));
        if (before is null || !failed)
        {
            return read;
        }

        var reason = $"{errors[0].Code}: {errors[0].Message}";
        read.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, IngestionDiagnosticCodes.StaleDocument, before.Path, null,
            $"The document no longer loads; its last good version (sha256 {before.Source.Sha256[..12]}) is still served, marked stale."));
        return new ReadResult(before with { Source = before.Source with { StaleReason = reason } }, read.Diagnostics);
    }

    private ReadResult ReadDocument(MarkdownFolderEntry file, IngestedDocument? before, CancellationToken cancellationToken)
    {
        var path = file.Path;
        var diagnostics = new List<Diagnostic>();
        try
        {
            var bytes = new SettledFileReader(_options, _time).Read(file, before, diagnostics, cancellationToken);
            if (bytes is null)
            {
                return new ReadResult(null, diagnostics);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var decoded = _pipeline.Decoder.Decode(path, bytes);
            diagnostics.AddRange(decoded.Diagnostics);
            if (string.IsNullOrWhiteSpace(decoded.Text))
            {
                // Refused or empty: the decoder has said so, and there is nothing to parse.
                return new ReadResult(null, diagnostics);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var card = _pipeline.CardParser.Parse(path, decoded.Text, diagnostics);
            cancellationToken.ThrowIfCancellationRequested();
            var charts = card.MermaidBlocks.Select(block => _pipeline.MermaidParser.Parse(block, diagnostics)).OfType<Mermaid.MermaidFlowchart>().ToList();
            var document = new SourceDocument(path, Convert.ToHexStringLower(SHA256.HashData(bytes)), card, charts);
            return new ReadResult(new IngestedDocument(path, document, decoded.Text, bytes.Length, bytes.Length > 0 && bytes[^1] == (byte)'\n'), diagnostics);
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

    private sealed record ReadResult(IngestedDocument? Document, List<Diagnostic> Diagnostics);
}
