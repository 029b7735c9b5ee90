using TeamGraph.Core.Cards;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.Core.Ingestion.Building;

/// <summary>Turns a link written in a card into the <c>Document</c> node it points at.</summary>
internal static class DocumentLinks
{
    /// <summary>
    /// The id of the link's target document, creating the node if no ingested document has that path. Relative targets
    /// are resolved against the card's folder ("../README.md" from "roles/x.md" is "README.md"); anchors are dropped.
    /// </summary>
    public static string AddTarget(GraphDraft draft, string fromPath, DocumentLink link)
    {
        var path = link.IsExternal ? link.Target : ResolvePath(fromPath, link.Target);
        var id = GraphIds.Document(path);
        if (!draft.HasNode(id))
        {
            draft.AddNode(id, NodeLabels.Document, new PropertyBag(link.Source)
                .Set(DocumentProperties.Path, RequiredText.Or(path, id)).Set(DocumentProperties.Title, link.Text)
                .Set(DocumentProperties.Exists, false).Set(DocumentProperties.External, link.IsExternal));
        }

        return id;
    }

    /// <summary>Resolves <paramref name="target"/> relative to the folder of <paramref name="fromPath"/>, keeping leading "../" that leave the root.</summary>
    public static string ResolvePath(string fromPath, string target)
    {
        var withoutAnchor = target.Split('#', 2)[0];
        if (withoutAnchor.Length == 0)
        {
            return fromPath;
        }

        var parts = new List<string>(fromPath.Split('/')[..^1]);
        var climbs = 0;
        foreach (var segment in Uri.UnescapeDataString(withoutAnchor).Replace('\\', '/').Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                else
                {
                    climbs++;
                }

                continue;
            }

            parts.Add(segment);
        }

        return string.Join('/', Enumerable.Repeat("..", climbs).Concat(parts));
    }
}
