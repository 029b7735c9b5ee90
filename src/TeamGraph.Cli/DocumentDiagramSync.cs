using System.Text;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Diagrams;
using TeamGraph.Core.Docs;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Store;

namespace TeamGraph.Cli;

/// <summary>
/// Regenerates the diagram blocks of one document from a graph: scans it, parses each block's options with
/// <see cref="DiagramOptionSet"/>, resolves its roles, generates and renders the diagram, and compares.
/// </summary>
internal sealed class DocumentDiagramSync(PropertyGraph graph, IDiagramGenerator generator)
{
    private static readonly byte[] MarkerNamespace = "teamgraph"u8.ToArray();

    private readonly EmbeddedGraphStore _store = new(graph);

    public async Task<DocumentSyncResult> SyncAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        if (bytes.AsSpan().IndexOf(MarkerNamespace) < 0)
        {
            return new DocumentSyncResult(path, 0, [], [], null);
        }

        if (Utf8Document.Decode(bytes) is not { } document)
        {
            // Latin-1 maps every byte to one character, so markers in any ASCII-compatible encoding are still found.
            var scan = DiagramBlockScanner.Scan(path, Encoding.Latin1.GetString(bytes));
            var errors = scan.Blocks.Select(b => Error(DocsDiagnosticCodes.NotUtf8, path, b.Line,
                "The document is not valid UTF-8, so its diagram blocks cannot be rewritten byte for byte; save it as UTF-8.")).Take(1);
            return new DocumentSyncResult(path, scan.Blocks.Count, [], [.. scan.Diagnostics, .. errors], null);
        }

        var blocks = DiagramBlockScanner.Scan(path, document.Text);
        var diagnostics = blocks.Diagnostics.ToList();
        var updates = new List<DiagramBlockUpdate>();
        foreach (var block in blocks.Blocks)
        {
            var (content, error) = await RenderAsync(path, block, cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                diagnostics.Add(error);
            }
            else if (content != block.Content)
            {
                updates.Add(new DiagramBlockUpdate(block, content!));
            }
        }

        var newBytes = diagnostics.Count == 0 && updates.Count > 0 ? document.Encode(DiagramBlockRewriter.Rewrite(document.Text, updates)) : null;
        return new DocumentSyncResult(path, blocks.Blocks.Count, [.. updates.Select(u => u.Block)], diagnostics, newBytes);
    }

    private async Task<(string? Content, Diagnostic? Error)> RenderAsync(string path, DiagramBlock block, CancellationToken cancellationToken)
    {
        var (options, optionErrors) = DiagramOptionSet.Parse(block.Arguments);
        if (options is null)
        {
            return (null, Error(DocsDiagnosticCodes.InvalidOptions, path, block.Line, $"Bad diagram options '{block.OptionsText}': {string.Join(" ", optionErrors)}"));
        }

        var (request, unknownRole, unknownGroup) = await options.ResolveAsync(_store, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return (null, Error(DocsDiagnosticCodes.UnknownRole, path, block.Line, unknownGroup is null
                ? $"Unknown role '{unknownRole}': no role has that code, name or alias; {UnknownActorMessage.Hint(graph, unknownRole!, group: false)}"
                : $"Unknown group '{unknownGroup}': no group has that name; {UnknownActorMessage.Hint(graph, unknownGroup, group: true)}"));
        }

        try
        {
            var diagram = generator.Generate(graph, request);
            return (DiagramBlockRewriter.Render(diagram.Format, diagram.Text, block.LineEnding), null);
        }
        catch (ArgumentException exception)
        {
            return (null, Error(DocsDiagnosticCodes.GenerationFailed, path, block.Line, $"The diagram could not be generated: {exception.Message}"));
        }
    }

    private static Diagnostic Error(string code, string path, int line, string message) =>
        new(DiagnosticSeverity.Error, code, path, line, message);
}
