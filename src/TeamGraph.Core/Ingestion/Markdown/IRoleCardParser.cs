using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>Reads decoded Markdown into a typed <see cref="RoleCard"/>.</summary>
public interface IRoleCardParser
{
    /// <summary>
    /// Parses <paramref name="text"/>; problems (ragged rows, unclosed fences, bad front matter) go to
    /// <paramref name="diagnostics"/> and never stop the parse.
    /// </summary>
    RoleCard Parse(string path, string text, ICollection<Diagnostic> diagnostics);
}
