using TeamGraph.Core.Cards;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Ingestion.Building;

/// <summary>
/// Projects one role card into the graph draft: the role's profile, its parties (approvals, escalations, meetings,
/// collaboration map) and its handoff declarations, which <see cref="HandoffMatcher"/> merges across cards later.
/// </summary>
internal sealed partial class RoleCardProjector(GraphDraft draft, ActorDirectory directory, ICollection<HandoffDeclaration> declarations)
{
    public void Project(SourceDocument document, string roleCode)
    {
        var roleId = GraphIds.Role(roleCode);
        var card = document.Card;
        ProjectSkills(card, roleId);
        ProjectLearningPlan(card, roleId);
        ProjectResponsibilities(card, roleCode, roleId);
        ProjectDecisions(card, roleCode, roleId);
        ProjectArtifacts(card, roleId);
        ProjectWorkingStyle(card, roleCode, roleId);
        ProjectExamples(card, roleCode, roleId);
        // Parties in the order a card lists them, so each name's first-use warning cites its first line.
        ProjectApprovals(card, roleId);
        ProjectEscalations(card, roleId);
        DeclareHandoffs(card, roleId);
        ProjectCollaborationMap(document, roleId);
        ProjectCommunications(card, roleId);
    }

    private string ActorId(string name, SourceRef source) => GraphIds.Actor(directory.Resolve(name, source));

    private IEnumerable<string> ActorIds(PartyCell party, SourceRef source) =>
        directory.ResolveParty(party, source).Select(GraphIds.Actor).Distinct(StringComparer.Ordinal);

    private string AddShared(string label, string kind, string name, SourceRef source)
    {
        var id = GraphIds.Shared(kind, name);
        return draft.AddNode(id, label, new PropertyBag(source).Set(NamedNodeProperties.Name, RequiredText.Or(name, id)));
    }
}
