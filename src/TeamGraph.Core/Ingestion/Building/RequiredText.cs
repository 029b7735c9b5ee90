namespace TeamGraph.Core.Ingestion.Building;

/// <summary>
/// The value of a required text property when the document may leave it blank: a blank cell must not leave a node
/// without the property its readers rely on, so the builder stores a fallback (usually the node's id) instead.
/// </summary>
internal static class RequiredText
{
    public static string Or(string? text, string fallback) => string.IsNullOrWhiteSpace(text) ? fallback : text;
}
