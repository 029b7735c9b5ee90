using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion.Matching;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Ingestion.Building;

/// <summary>
/// Builds the team's property graph from parsed documents: resolves who is who (registry, cards, mermaid maps),
/// projects every card, merges handoff declarations across cards, and adds the actors, groups and documents.
/// </summary>
public sealed partial class TeamGraphBuilder
{
    /// <summary>
    /// Builds the graph; findings (unresolved names, duplicate codes) go to <paramref name="diagnostics"/>. Each stage of
    /// each document is a step of its own (see <see cref="BuildSteps"/>): a step that throws becomes an error diagnostic
    /// naming the file and stage, leaves nothing half-built behind, and the other documents and stages still load.
    /// </summary>
    public static PropertyGraph Build(TeamRegistry registry, IReadOnlyList<SourceDocument> documents, ICollection<Diagnostic> diagnostics) =>
        Build(registry, documents, diagnostics, static (matcher, cluster) => matcher.Add(cluster));

    /// <summary>Builds the graph with <paramref name="merge"/> turning each cluster of handoff declarations into a handoff.</summary>
    internal static PropertyGraph Build(
        TeamRegistry registry, IReadOnlyList<SourceDocument> documents, ICollection<Diagnostic> diagnostics, Action<HandoffMatcher, HandoffCluster> merge)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var ordered = documents.OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
        var steps = new BuildSteps();
        while (true)
        {
            var pass = new List<Diagnostic>();
            if (BuildPass(registry, ordered, pass, steps, merge) is { } graph)
            {
                foreach (var diagnostic in pass.Concat(steps.Failures))
                {
                    diagnostics.Add(diagnostic);
                }

                return graph;
            }
        }
    }

    /// <summary>One pass over the documents; <see langword="null"/> when a step failed and the build must start again.</summary>
    private static PropertyGraph? BuildPass(
        TeamRegistry registry, List<SourceDocument> ordered, List<Diagnostic> diagnostics, BuildSteps steps, Action<HandoffMatcher, HandoffCluster> merge)
    {
        var directory = new ActorDirectory(diagnostics);
        directory.AddRegistry(registry);

        var claimed = new List<(SourceDocument Document, string Code)>();
        foreach (var document in ordered.Where(d => d.IsRoleCard))
        {
            if (!steps.Run(PipelineStage.Claiming, document.Path, null, "the card describes no role; its document still loads.", () =>
                {
                    if (directory.ClaimCard(document.Card) is { } code)
                    {
                        claimed.Add((document, code));
                    }
                }))
            {
                return null;
            }
        }

        foreach (var (document, _) in claimed)
        {
            if (!steps.Run(PipelineStage.MermaidNames, document.Path, null, "its mermaid node labels are not used as names of roles.",
                    () => directory.AddMermaidNodes(document.Charts.SelectMany(c => c.Nodes))))
            {
                return null;
            }
        }

        // Every document first, so a link to a document later in path order finds it rather than creating a missing one.
        var draft = new GraphDraft();
        foreach (var document in ordered)
        {
            if (!steps.Run(PipelineStage.DocumentNode, document.Path, null, "its Document node carries only its path.",
                    () => AddDocument(draft, document), () => AddBareDocument(draft, document)))
            {
                return null;
            }
        }

        foreach (var document in ordered)
        {
            if (!steps.Run(PipelineStage.Links, document.Path, null, "its links to other documents are left out.", () => AddLinks(draft, document)))
            {
                return null;
            }
        }

        var declarations = new List<HandoffDeclaration>();
        var projector = new RoleCardProjector(draft, directory, declarations);
        foreach (var (document, code) in claimed)
        {
            if (!steps.Run(PipelineStage.Projection, document.Path, null, "none of the card's facts are in the graph; its role and the other cards still load.",
                    () => projector.Project(document, code)))
            {
                return null;
            }

            draft.AddRelationship(RelationshipTypes.DescribedIn, GraphIds.Role(code), GraphIds.Document(document.Path),
                new PropertyBag(document.Card.Title?.Source ?? new SourceRef(document.Path, 1)));
        }

        var cardsByCode = claimed.ToDictionary(c => c.Code, c => c.Document.Card, StringComparer.OrdinalIgnoreCase);
        if (AddActors(draft, directory, cardsByCode, steps) is not { } groupMembers)
        {
            return null;
        }

        var documented = directory.Roles.Where(r => r.Documented).Select(r => GraphIds.Role(r.Code)).ToHashSet(StringComparer.Ordinal);
        var vocabulary = new HandoffVocabulary(registry.Glossary, BuiltInGlossary.Entries);
        return AddHandoffs(new HandoffMatcher(draft, documented, groupMembers, vocabulary), declarations, steps, merge) ? draft.ToGraph() : null;
    }

    /// <summary>
    /// Merges the declarations into handoffs. When grouping them fails, or merging one group does, those declarations
    /// stay unmerged, a handoff each, rather than being lost.
    /// </summary>
    private static bool AddHandoffs(HandoffMatcher matcher, List<HandoffDeclaration> declarations, BuildSteps steps, Action<HandoffMatcher, HandoffCluster> merge)
    {
        List<HandoffCluster> clusters = [];
        if (!steps.Run(PipelineStage.Matching, "", null, "every handoff declaration is left unmerged, a handoff of its own.",
                () => clusters = matcher.Clusters(declarations), () => clusters = HandoffMatcher.Unmerged(declarations)))
        {
            return false;
        }

        foreach (var cluster in clusters)
        {
            var first = cluster.Declarations[0];
            if (!steps.Failed(PipelineStage.Matching, first.DocumentPath, first.Source.Line, "cluster"))
            {
                if (!steps.Run(PipelineStage.Matching, first.DocumentPath, first.Source.Line, "the declarations of this handoff are left unmerged, a handoff each.",
                        () => merge(matcher, cluster), part: "cluster"))
                {
                    return false;
                }

                continue;
            }

            foreach (var declaration in cluster.Declarations)
            {
                if (!steps.Run(PipelineStage.Matching, declaration.DocumentPath, declaration.Source.Line, "this row is left out of the handoffs.",
                        () => matcher.Add(new HandoffCluster([declaration], [])), part: "row"))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static void AddDocument(GraphDraft draft, SourceDocument document)
    {
        var card = document.Card;
        draft.AddNode(GraphIds.Document(document.Path), NodeLabels.Document,
            new PropertyBag(card.Title?.Source ?? new SourceRef(document.Path, 1))
                .Set(DocumentProperties.Path, RequiredText.Or(document.Path, GraphIds.Document(document.Path))).Set(DocumentProperties.Title, card.Title?.Text)
                .Set(DocumentProperties.Sha256, document.Sha256).Set(DocumentProperties.Exists, true)
                .Set(DocumentProperties.Kind, document.IsRoleCard ? "role-card" : "document")
                .Set(DocumentProperties.Stale, document.StaleReason is not null).Set(DocumentProperties.StaleReason, document.StaleReason));
    }

    /// <summary>The document's node when reading its card's title failed: it exists, at its path.</summary>
    private static void AddBareDocument(GraphDraft draft, SourceDocument document) =>
        draft.AddNode(GraphIds.Document(document.Path), NodeLabels.Document,
            new PropertyBag(new SourceRef(document.Path, 1))
                .Set(DocumentProperties.Path, RequiredText.Or(document.Path, GraphIds.Document(document.Path)))
                .Set(DocumentProperties.Sha256, document.Sha256).Set(DocumentProperties.Exists, true));

    private static void AddLinks(GraphDraft draft, SourceDocument document)
    {
        foreach (var link in document.Card.Links)
        {
            var targetId = DocumentLinks.AddTarget(draft, document.Path, link);
            draft.AddRelationship(RelationshipTypes.LinksTo, GraphIds.Document(document.Path), targetId,
                new PropertyBag(link.Source).Set(LinksToProperties.Text, link.Text), $"{link.Source.Line}");
        }
    }
}
