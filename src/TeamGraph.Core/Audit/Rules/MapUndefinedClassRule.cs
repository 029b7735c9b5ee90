using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.Core.Audit.Rules;

/// <summary>
/// Classes a collaboration map gives its nodes and edges (<c>:::name</c>, <c>class</c>) that none of its own
/// <c>classDef</c> statements defines. Mermaid draws such an element as if the class were not there, so a typo in a
/// class name goes unseen. <c>default</c> is mermaid's own class and needs no definition.
/// </summary>
internal sealed class MapUndefinedClassRule : IAuditRule
{
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        var edgesByMap = context.Graph.Relationships.Where(r => r.Type == RelationshipTypes.Collaborates)
            .ToLookup(r => r.Get(CollaboratesProperties.Map), StringComparer.Ordinal);
        foreach (var map in context.NodesLabelled(NodeLabels.CollaborationMap))
        {
            var defined = map.Get(CollaborationMapProperties.ClassDefs).Select(d => KeyedText.Split(d).Key).Append("default").ToHashSet(StringComparer.Ordinal);
            var path = map.Get(CollaborationMapProperties.Document);
            foreach (var node in context.Outgoing(map.Id, RelationshipTypes.Draws))
            {
                foreach (var name in node.Get(DrawsProperties.Classes).Where(c => !defined.Contains(c)).Distinct(StringComparer.Ordinal))
                {
                    yield return Finding(name, $"node {node.Get(DrawsProperties.MapId)}", path, node.Source, map.Source);
                }
            }

            foreach (var edge in edgesByMap[map.Id])
            {
                foreach (var name in edge.Get(CollaboratesProperties.Classes).Where(c => !defined.Contains(c)).Distinct(StringComparer.Ordinal))
                {
                    yield return Finding(name, $"edge {edge.Get(CollaboratesProperties.EdgeId)}", path, edge.Source, map.Source);
                }
            }
        }
    }

    private static AuditFinding Finding(string className, string element, string path, SourceRef where, SourceRef map) =>
        new(AuditRuleCodes.MapUndefinedClass, DiagnosticSeverity.Info,
            $"The map's {element} has class '{className}', which no classDef of the map in {path} defines; mermaid draws it unstyled.",
            [where, map]);
}
