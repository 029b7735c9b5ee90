using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Ingestion.Decoding;
using TeamGraph.Core.Ingestion.Markdown;
using TeamGraph.Core.Ingestion.Mermaid;

namespace TeamGraph.Core.Tests.Ingestion;

/// <summary>
/// The real seed folder with one stage failing on one document: the failure is an error naming the file and the stage,
/// that document keeps what the other stages made of it, and every other document loads as it does without the fault.
/// </summary>
public class FolderIngesterFaultIsolationTests
{
    private const string DevOps = "roles/devops-engineer.md";
    private const string Qa = "roles/qa-engineer.md";

    private static readonly string Seed = Path.Combine(TestPaths.RepoRoot, "seed");
    private static readonly Lazy<IngestionResult> Baseline = new(() => new FolderIngester().Ingest(Seed));

    private static IngestionResult Ingest(IDocumentDecoder? decoder = null, IRoleCardParser? cards = null, IMermaidFlowchartParser? mermaid = null)
    {
        var standard = IngestionPipeline.Default;
        return new FolderIngester(new IngestionPipeline(decoder ?? standard.Decoder, cards ?? standard.CardParser, mermaid ?? standard.MermaidParser)).Ingest(Seed);
    }

    private static Diagnostic InternalError(IngestionResult result) =>
        Assert.Single(result.Diagnostics, d => d.Code == IngestionDiagnosticCodes.InternalError);

    private static int Count(PropertyGraph graph, string startId, string type) =>
        graph.Relationships.Count(r => r.StartId == startId && r.Type == type);

    [Fact]
    public void Ingest_MermaidParserThrowsOnOneCard_IsAnErrorOnTheBlocksLineAndTheCardsTablesStillLoad()
    {
        var result = Ingest(mermaid: new FailingFor(DevOps));

        var error = InternalError(result);
        Assert.Equal((DiagnosticSeverity.Error, DevOps), (error.Severity, error.Path));
        Assert.Equal(Baseline.Value.Cards.Single(c => c.Path == DevOps).MermaidBlocks[0].FirstLine, error.Line);
        Assert.StartsWith("The mermaid stage failed on this document (InvalidOperationException: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(Count(Baseline.Value.Graph, "role:DO", RelationshipTypes.HasSkill), Count(result.Graph, "role:DO", RelationshipTypes.HasSkill));
        Assert.Equal(Count(Baseline.Value.Graph, $"doc:{DevOps}", RelationshipTypes.Declares), Count(result.Graph, $"doc:{DevOps}", RelationshipTypes.Declares));
        Assert.DoesNotContain(result.Graph.Relationships, r => r.Type == RelationshipTypes.Collaborates && (string?)r.Properties.GetValueOrDefault("document") == DevOps);
        Assert.Contains(result.Graph.Relationships, r => r.Type == RelationshipTypes.Collaborates && (string?)r.Properties.GetValueOrDefault("document") == Qa);
    }

    [Fact]
    public void Ingest_CardReaderThrowsOnOneCard_KeepsItsDocumentNodeAndEveryOtherCard()
    {
        var result = Ingest(cards: new FailingFor(Qa));

        var error = InternalError(result);
        Assert.Equal((DiagnosticSeverity.Error, Qa, (int?)null), (error.Severity, error.Path, error.Line));
        Assert.StartsWith("The card-reading stage failed on this document (InvalidOperationException: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(true, result.Graph.FindNode($"doc:{Qa}")!.Properties["exists"]);
        Assert.DoesNotContain(result.Cards, c => c.Path == Qa);
        Assert.Equal(Baseline.Value.Cards.Count - 1, result.Cards.Count);
        Assert.Equal(Count(Baseline.Value.Graph, "role:DO", RelationshipTypes.HasSkill), Count(result.Graph, "role:DO", RelationshipTypes.HasSkill));
    }

    [Fact]
    public void Ingest_DecoderThrowsOnOneCard_NamesTheStageAndTheOtherCardsLoad()
    {
        var result = Ingest(decoder: new FailingFor(Qa));

        var error = InternalError(result);
        Assert.Equal(Qa, error.Path);
        Assert.StartsWith("The decoding stage failed on this document", error.Message, StringComparison.Ordinal);
        Assert.Equal(Baseline.Value.Cards.Count - 1, result.Cards.Count);
        Assert.Equal(Count(Baseline.Value.Graph, "role:DO", RelationshipTypes.HasSkill), Count(result.Graph, "role:DO", RelationshipTypes.HasSkill));
    }

    [Fact]
    public void Ingest_ProjectionThrowsHalfWayThroughOneCard_LeavesNoneOfItsFactsAndTheOtherCardsLoad()
    {
        // Communications are projected last: by the time they throw, the card's skills, tools, responsibilities and
        // handoff rows have all been written, and must all be taken out again.
        var result = Ingest(cards: new FailingSection(DevOps));

        var error = InternalError(result);
        Assert.Equal((DiagnosticSeverity.Error, DevOps), (error.Severity, error.Path));
        Assert.StartsWith("The projection stage failed on this document (InvalidOperationException: Injected fault", error.Message, StringComparison.Ordinal);
        Assert.Equal(true, result.Graph.FindNode("role:DO")!.Properties["documented"]);
        Assert.Equal(1, Count(result.Graph, "role:DO", RelationshipTypes.DescribedIn));
        Assert.Equal(0, Count(result.Graph, "role:DO", RelationshipTypes.HasSkill) + Count(result.Graph, "role:DO", RelationshipTypes.UsesTool)
            + Count(result.Graph, "role:DO", RelationshipTypes.HasResponsibility) + Count(result.Graph, "role:DO", RelationshipTypes.Decides));
        Assert.Equal(0, Count(result.Graph, $"doc:{DevOps}", RelationshipTypes.Declares));
        Assert.Equal(Count(Baseline.Value.Graph, $"doc:{DevOps}", RelationshipTypes.LinksTo), Count(result.Graph, $"doc:{DevOps}", RelationshipTypes.LinksTo));
        foreach (var role in new[] { "role:QA", "role:TL", "role:PM", "role:BE", "role:FE" })
        {
            Assert.Equal(Count(Baseline.Value.Graph, role, RelationshipTypes.HasSkill), Count(result.Graph, role, RelationshipTypes.HasSkill));
            Assert.Equal(Count(Baseline.Value.Graph, role, RelationshipTypes.HasResponsibility), Count(result.Graph, role, RelationshipTypes.HasResponsibility));
        }
    }

    /// <summary>Every stage, throwing on one document and doing the real work on the others.</summary>
    private sealed class FailingFor(string path) : IDocumentDecoder, IRoleCardParser, IMermaidFlowchartParser
    {
        public DecodedDocument Decode(string documentPath, ReadOnlySpan<byte> bytes) =>
            documentPath == path ? throw Fault() : IngestionPipeline.Default.Decoder.Decode(documentPath, bytes);

        public RoleCard Parse(string documentPath, string text, ICollection<Diagnostic> diagnostics) =>
            documentPath == path ? throw Fault() : IngestionPipeline.Default.CardParser.Parse(documentPath, text, diagnostics);

        public MermaidFlowchart? Parse(MermaidBlock block, ICollection<Diagnostic> diagnostics) =>
            block.Path == path ? throw Fault() : IngestionPipeline.Default.MermaidParser.Parse(block, diagnostics);

        private static InvalidOperationException Fault() => new("Injected fault.");
    }

    /// <summary>The real card reader, whose card at <paramref name="path"/> has a communications table that cannot be read.</summary>
    private sealed class FailingSection(string path) : IRoleCardParser
    {
        public RoleCard Parse(string documentPath, string text, ICollection<Diagnostic> diagnostics)
        {
            var card = IngestionPipeline.Default.CardParser.Parse(documentPath, text, diagnostics);
            return documentPath == path ? card with { Communications = new ThrowingList<CommunicationEntry>() } : card;
        }
    }
}
