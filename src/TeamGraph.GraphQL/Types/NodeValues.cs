using TeamGraph.Core.Graph;

namespace TeamGraph.GraphQL.Types;

/// <summary>Typed reads of the property maps of nodes and relationships, which hold strings, numbers, booleans and string arrays.</summary>
internal static class NodeValues
{
    public static string? Text(IReadOnlyDictionary<string, object> properties, string key) =>
        properties.TryGetValue(key, out var value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    public static IReadOnlyList<string> Texts(IReadOnlyDictionary<string, object> properties, string key) =>
        properties.TryGetValue(key, out var value) && value is IEnumerable<string> values ? [.. values] : [];

    public static bool Flag(IReadOnlyDictionary<string, object> properties, string key) =>
        properties.TryGetValue(key, out var value) && value is true;

    /// <summary>A node's name, or its code, or its id.</summary>
    public static string Name(GraphNode node) => Text(node.Properties, "name") ?? Text(node.Properties, "code") ?? node.Id;

    public static SourceLocation Source(IReadOnlyDictionary<string, object> properties) => SourceLocation.Parse(Text(properties, "source"));
}
