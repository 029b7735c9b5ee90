namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// A node's <c>click</c> statement: a link (<c>click A "https://…" "tooltip" _blank</c>, with or without <c>href</c>)
/// or a callback (<c>click A callback "tooltip"</c>, <c>click A call callback(args)</c>). Values are as written.
/// </summary>
/// <param name="Link">The URL, or <see langword="null"/> for a callback.</param>
/// <param name="Target">The link target (<c>_blank</c>, <c>_self</c>, <c>_parent</c>, <c>_top</c>), or <see langword="null"/>.</param>
/// <param name="Tooltip">The tooltip, or <see langword="null"/>.</param>
/// <param name="Callback">The callback's name (with its arguments when given), or <see langword="null"/> for a link.</param>
public sealed record MermaidClick(string? Link, string? Target, string? Tooltip, string? Callback);
