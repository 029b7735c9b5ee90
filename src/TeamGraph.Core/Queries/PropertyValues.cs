using System.Globalization;
using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Queries;

/// <summary>Reads the string properties the queries need, tolerating graphs built without them.</summary>
internal static class PropertyValues
{
    public static string? Text(IReadOnlyDictionary<string, object> properties, string key) =>
        properties.GetValueOrDefault(key) as string;

    public static string Source(IReadOnlyDictionary<string, object> properties) => Text(properties, "source") ?? "";

    /// <summary>The line of a <c>path:line</c> source; 0 when there is none.</summary>
    public static int Line(string source)
    {
        var colon = source.LastIndexOf(':');
        return colon >= 0 && int.TryParse(source.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var line) ? line : 0;
    }

    /// <summary>A name to show for an actor: its name, else its code, else its id.</summary>
    public static string Name(GraphNode node) => Text(node.Properties, "name") ?? Text(node.Properties, "code") ?? node.Id;

    public static bool IsActor(GraphNode node) =>
        node.Label is NodeLabels.Role or NodeLabels.Group or NodeLabels.ExternalActor;
}
