namespace TeamGraph.GraphQL.Types;

/// <summary>A class of a map's <c>classDef</c> statements.</summary>
internal sealed record MapClassDef(string Name, IReadOnlyList<string> Styles)
{
    /// <summary>Reads an item of <c>CollaborationMapProperties.ClassDefs</c>: "name: style,style".</summary>
    public static MapClassDef Parse(string item)
    {
        var colon = item.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? new MapClassDef(item, []) : new MapClassDef(item[..colon], item[(colon + 2)..].Split(','));
    }
}
