using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.GraphQL.Types;

/// <summary>A class of a map's <c>classDef</c> statements.</summary>
internal sealed record MapClassDef(string Name, IReadOnlyList<string> Styles)
{
    /// <summary>Reads an item of <see cref="CollaborationMapProperties.ClassDefs"/>.</summary>
    public static MapClassDef Parse(string item)
    {
        var (name, styles) = KeyedText.Split(item);
        return new MapClassDef(name, styles.Length == 0 ? [] : styles.Split(','));
    }
}
