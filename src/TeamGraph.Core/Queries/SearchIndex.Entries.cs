using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.Core.Queries;

internal sealed partial class SearchIndex
{
    /// <summary>The node labels searched and the property holding their text.</summary>
    private static readonly Dictionary<string, (SearchHitKind Kind, RequiredProperty<string> Text)> Searched = new(StringComparer.Ordinal)
    {
        [NodeLabels.Responsibility] = (SearchHitKind.Responsibility, ResponsibilityProperties.Text),
        [NodeLabels.Decision] = (SearchHitKind.Decision, DecisionProperties.Text),
        [NodeLabels.Artifact] = (SearchHitKind.Artifact, NamedNodeProperties.Name),
        [NodeLabels.Skill] = (SearchHitKind.Skill, NamedNodeProperties.Name),
        [NodeLabels.Tool] = (SearchHitKind.Tool, NamedNodeProperties.Name),
        [NodeLabels.Handoff] = (SearchHitKind.Handoff, HandoffProperties.What),
    };

    private static IEnumerable<SearchEntry> Entries(PropertyGraph graph, AuthorityRows rows)
    {
        var owners = Owners(graph);
        foreach (var node in graph.Nodes)
        {
            if (Searched.TryGetValue(node.Label, out var searched))
            {
                yield return Entry(searched.Kind, node.Id, node.Get(searched.Text), owners.GetValueOrDefault(node.Id) ?? [], node.Source.ToString());
            }
        }

        foreach (var row in rows.Approvals)
        {
            yield return Entry(SearchHitKind.Approval, row.RoleId, row.Text, [row.RoleId], row.Source);
        }

        foreach (var row in rows.Escalations)
        {
            yield return Entry(SearchHitKind.Escalation, row.RoleId, row.Text, [row.RoleId], row.Source);
        }
    }

    /// <summary>Who each searched node belongs to: the start of its owning relationship; for a handoff also its receivers.</summary>
    private static Dictionary<string, List<string>> Owners(PropertyGraph graph)
    {
        var owners = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var relationship in graph.Relationships)
        {
            var (owned, owner) = relationship.Type switch
            {
                RelationshipTypes.HasResponsibility or RelationshipTypes.Decides or RelationshipTypes.Produces or RelationshipTypes.HasSkill
                    or RelationshipTypes.UsesTool or RelationshipTypes.Gives => (relationship.EndId, relationship.StartId),
                RelationshipTypes.To => (relationship.StartId, relationship.EndId),
                _ => (null, null),
            };
            if (owned is not null && owner is not null)
            {
                if (!owners.TryGetValue(owned, out var list))
                {
                    list = [];
                    owners[owned] = list;
                }

                list.Add(owner);
            }
        }

        return owners;
    }
}
