using System.Globalization;
using System.Security.Cryptography;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Docs;
using TeamGraph.Core.Ingestion.Building;
using TeamGraph.Core.Ingestion.Decoding;
using TeamGraph.Core.Ingestion.Mermaid;
using TeamGraph.Core.Ingestion.Resolution;
using TeamGraph.Core.Telemetry;

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
    /// Ingests <paramref name="folder"/> again after an ingest whose <see cref="IngestionResult.LastGood"/> is
    /// <paramref name="previous"/>: a document of the previous ingest that now fails (refused, unreadable, over its
    /// budget, half-written, or a role card that no longer parses as one) keeps its last good version, parsed again from
    /// the bytes it loaded from and marked stale, with a warning; the others are read afresh. Throws
    /// <see cref="DirectoryNotFoundException"/> when the folder does not exist.
    /// </summary>
    public IngestionResult Ingest(string folder, LastGoodDocuments? previous, IProgress<IngestionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"No such folder: {folder}");
        }

        var root = Path.GetFullPath(folder);
        using var span = TeamGraphTelemetry.StartIngest(root);
        var started = _time.GetTimestamp();
        var listing = MarkdownFolder.Walk(root);
        var files = listing.Files;
        var earlier = previous ?? LastGoodDocuments.None;
        var reads = new ReadResult[files.Count];
        var done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.ForEachAsync(Enumerable.Range(0, files.Count), parallel, async (i, token) =>
        {
            var before = earlier.Find(files[i].Path);
            reads[i] = KeepLastGood(await ReadWithinBudgetAsync(files[i], before, token).ConfigureAwait(false), before);
            progress?.Report(new IngestionProgress(Interlocked.Increment(ref done), files.Count, files[i].Path));
        }).GetAwaiter().GetResult();

        var diagnostics = listing.Diagnostics.Concat(reads.SelectMany(r => r.Diagnostics)).ToList();
        var documents = reads.Select(r => r.Document).OfType<IngestedDocument>().ToList();
        var registry = TeamRegistry.Empty;
        if (documents.FirstOrDefault(d => d.Path == RegistryFileName) is { Text: not null } registryDocument)
        {
            StageGuard.TryRun(PipelineStage.Registry, registryDocument.Path, null, "the registry is not used; names resolve from the cards alone.", diagnostics,
                () => registry = TeamRegistryReader.Read(registryDocument.Path, registryDocument.Text, diagnostics));
        }

        progress?.Report(new IngestionProgress(0, 1, "", IngestionPhase.Building));
        var graph = TeamGraphBuilder.Build(registry, [.. documents.Select(d => d.Source)], diagnostics);
        progress?.Report(new IngestionProgress(1, 1, "", IngestionPhase.Building));
        var result = new IngestionResult(graph, [.. documents.Where(d => d.Source.IsRoleCard).Select(d => d.Source.Card)], Sort(diagnostics), files.Count)
        {
            LastGood = _options.KeepLastGood ? new LastGoodDocuments(documents.Select(d => d.Kept).OfType<KeptDocument>()) : LastGoodDocuments.None,
            Registry = registry,
        };
        TeamGraphTelemetry.RecordIngest(span, result, _time.GetElapsedTime(started));
        return result;
    }

    /// <summary>
    /// Reads one document on a worker of its own and stops waiting at its budget: Markdig cannot be cancelled, so the
    /// guards before it (<see cref="Markdown.InlineDelimiterGuard"/>, <see cref="Markdown.NestingGuard"/>) keep its work
    /// short, and this makes sure that whatever they miss costs the ingest no more than the budget. Waiting for a file
    /// still being written is not counted against it.
    /// </summary>
    private async Task<ReadResult> ReadWithinBudgetAsync(MarkdownFolderEntry file, KeptDocument? before, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var settling = before is null ? TimeSpan.Zero : _options.SettleTime * _options.SettleRetries;
        var work = Task.Run(() => ReadGuarded(file, before, budget.Token), CancellationToken.None);
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

    /// <summary>
    /// A document that loaded before and fails now keeps its last good version, parsed again from the bytes it loaded
    /// from (parsing is deterministic, so it is the document the last ingest built), marked stale.
    /// </summary>
    private ReadResult KeepLastGood(ReadResult read, KeptDocument? before)
    {
        var errors = read.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var failed = errors.Count > 0 && (read.Document is null || (before?.IsRoleCard == true && !read.Document.Source.IsRoleCard));
        if (before is null || !failed || Parse(before.Path, before.Bytes, [], CancellationToken.None) is not { } good)
        {
            return read;
        }

        var reason = $"{errors[0].Code}: {errors[0].Message}";
        read.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, IngestionDiagnosticCodes.StaleDocument, before.Path, null,
            $"The document no longer loads; its last good version (sha256 {before.Sha256[..12]}) is still served, marked stale."));
        return new ReadResult(good with { Source = good.Source with { StaleReason = reason }, Kept = before }, read.Diagnostics);
    }

    /// <summary>Reads one document; whatever goes wrong in it stays with it.</summary>
    private ReadResult ReadGuarded(MarkdownFolderEntry file, KeptDocument? before, CancellationToken cancellationToken)
    {
        var read = new ReadResult(null, []);
        StageGuard.TryRun(PipelineStage.Reading, file.Path, null, "the document is not loaded.", read.Diagnostics,
            () => read = ReadDocument(file, before, cancellationToken));
        return read;
    }

    private ReadResult ReadDocument(MarkdownFolderEntry file, KeptDocument? before, CancellationToken cancellationToken)
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
            return new ReadResult(Parse(path, bytes, diagnostics, cancellationToken), diagnostics);
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
    private IngestedDocument? Parse(string path, byte[] bytes, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
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

        cancellationToken.ThrowIfCancellationRequested();
        var card = new RoleCard { Path = path };
        StageGuard.TryRun(PipelineStage.CardReading, path, null, "the document is loaded without its content (no role, links or tables).", diagnostics,
            () => card = _pipeline.CardParser.Parse(path, text, diagnostics));
        cancellationToken.ThrowIfCancellationRequested();
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

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var document = new SourceDocument(path, sha256, card, charts);
        return new IngestedDocument(path, document, path == RegistryFileName ? text : null,
            _options.KeepLastGood ? new KeptDocument(path, bytes, sha256, document.IsRoleCard) : null);
    }

    private static List<Diagnostic> Sort(List<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line ?? 0).ThenBy(d => d.Column ?? 0).ThenBy(d => d.Code, StringComparer.Ordinal)];

    private sealed record ReadResult(IngestedDocument? Document, List<Diagnostic> Diagnostics);
}
