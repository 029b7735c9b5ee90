using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Queries;

internal sealed partial class SearchIndex
{
    /// <summary>The node labels searched and the property holding their text.</summary>
    private static readonly Dictionary<string, (SearchHitKind Kind, string TextKey)> Searched = new(StringComparer.Ordinal)
    {
        [NodeLabels.Responsibility] = (SearchHitKind.Responsibility, "text"),
        [NodeLabels.Decision] = (SearchHitKind.Decision, "text"),
        [NodeLabels.Artifact] = (SearchHitKind.Artifact, "name"),
        [NodeLabels.Skill] = (SearchHitKind.Skill, "name"),
        [NodeLabels.Tool] = (SearchHitKind.Tool, "name"),
        [NodeLabels.Handoff] = (SearchHitKind.Handoff, "what"),
    };

    private static IEnumerable<SearchEntry> Entries(PropertyGraph graph, AuthorityRows rows)
    {
        var owners = Owners(graph);
        foreach (var node in graph.Nodes)
        {
            if (Searched.TryGetValue(node.Label, out var searched) && PropertyValues.Text(node.Properties, searched.TextKey) is { } text)
            {
                yield return Entry(searched.Kind, node.Id, text, owners.GetValueOrDefault(node.Id) ?? [], PropertyValues.Source(node.Properties));
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
