using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Ingestion.Building;

/// <summary>
/// Builds the team's property graph from parsed documents: resolves who is who (registry, cards, mermaid maps),
/// projects every card, merges handoff declarations across cards, and adds the actors, groups and documents.
/// </summary>
public sealed partial class TeamGraphBuilder
{
    /// <summary>Builds the graph; findings (unresolved names, duplicate codes) go to <paramref name="diagnostics"/>.</summary>
    public static PropertyGraph Build(TeamRegistry registry, IReadOnlyList<SourceDocument> documents, ICollection<Diagnostic> diagnostics)
    {
        var ordered = documents.OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
        var directory = new ActorDirectory(diagnostics);
        directory.AddRegistry(registry);

        var claimed = new List<(SourceDocument Document, string Code)>();
        foreach (var document in ordered.Where(d => d.IsRoleCard))
        {
            if (directory.ClaimCard(document.Card) is { } code)
            {
                claimed.Add((document, code));
            }
        }

        foreach (var (document, _) in claimed)
        {
            directory.AddMermaidNodes(document.Charts.SelectMany(c => c.Nodes));
        }

        // Every document first, so a link to a document later in path order finds it rather than creating a missing one.
        var draft = new GraphDraft();
        foreach (var document in ordered)
        {
            AddDocument(draft, document);
        }

        foreach (var document in ordered)
        {
            AddLinks(draft, document);
        }

        var declarations = new List<HandoffDeclaration>();
        var projector = new RoleCardProjector(draft, directory, declarations);
        foreach (var (document, code) in claimed)
        {
            projector.Project(document, code);
            draft.AddRelationship(RelationshipTypes.DescribedIn, GraphIds.Role(code), GraphIds.Document(document.Path),
                new PropertyBag(document.Card.Title?.Source ?? new SourceRef(document.Path, 1)));
        }

        var cardsByCode = claimed.ToDictionary(c => c.Code, c => c.Document.Card, StringComparer.OrdinalIgnoreCase);
        var groupMembers = AddActors(draft, directory, cardsByCode);
        var documented = directory.Roles.Where(r => r.Documented).Select(r => GraphIds.Role(r.Code)).ToHashSet(StringComparer.Ordinal);
        new HandoffMatcher(draft, documented, groupMembers).AddHandoffs(declarations);
        return draft.ToGraph();
    }

    private static void AddDocument(GraphDraft draft, SourceDocument document)
    {
        var card = document.Card;
        draft.AddNode(GraphIds.Document(document.Path), NodeLabels.Document,
            new PropertyBag(card.Title?.Source ?? new SourceRef(document.Path, 1))
                .Set("path", document.Path).Set("title", card.Title?.Text).Set("sha256", document.Sha256)
                .Set("exists", true).Set("kind", document.IsRoleCard ? "role-card" : "document")
                .Set("stale", document.StaleReason is null ? null : true).Set("staleReason", document.StaleReason));
    }

    private static void AddLinks(GraphDraft draft, SourceDocument document)
    {
        foreach (var link in document.Card.Links)
        {
            var targetId = DocumentLinks.AddTarget(draft, document.Path, link);
            draft.AddRelationship(RelationshipTypes.LinksTo, GraphIds.Document(document.Path), targetId,
                new PropertyBag(link.Source).Set("text", link.Text), $"{link.Source.Line}");
        }
    }
}
