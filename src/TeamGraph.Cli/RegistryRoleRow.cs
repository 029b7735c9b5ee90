using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Cli;

/// <summary>
/// Adds a role to the team registry (<c>team-structure.md</c>): a row after the last row of its roles table, in that
/// table's column order, found through the registry reader itself so that any header it accepts works.
/// </summary>
internal static class RegistryRoleRow
{
    /// <summary>What happened, for the user: the row added, or why none was.</summary>
    public static string Append(string registryPath, string registryName, string code, string name, string cardPath)
    {
        var text = File.ReadAllText(registryPath);
        var registry = TeamRegistryReader.Read(registryName, text, new List<Diagnostic>());
        if (registry.Roles.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase)) is { } listed)
        {
            return $"{registryName} already lists role '{listed.Code}' (line {listed.Source.Line}); no row added.";
        }

        if (registry.Roles.Count == 0)
        {
            return $"{registryName} has no roles table with a row to follow; add '{code}' to it yourself.";
        }

        var last = registry.Roles.MaxBy(r => r.Source.Line)!;
        var newLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split('\n').ToList();
        var row = NewRow(lines[last.Source.Line - 1].TrimEnd('\r'), last, code, name, cardPath);
        lines.Insert(last.Source.Line, row + (newLine == "\r\n" ? "\r" : ""));
        FileReplacement.WriteText(registryPath, string.Join('\n', lines));
        return $"{registryName}: added '{row}' at line {last.Source.Line + 1}.";
    }

    /// <summary>The new row, each cell where <paramref name="model"/>'s row has the same kind of cell; aliases left empty.</summary>
    private static string NewRow(string modelLine, RegistryRole model, string code, string name, string cardPath)
    {
        var cells = modelLine.Trim().Trim('|').Split('|').Select(cell => cell.Trim() switch
        {
            var t when t == model.Code => code,
            var t when t == model.Name => name,
            var t when t.Contains("](", StringComparison.Ordinal) || t.EndsWith(".md", StringComparison.OrdinalIgnoreCase) =>
                $"[{Path.GetFileName(cardPath)}]({cardPath})",
            _ => "",
        });
        return "| " + string.Join(" | ", cells) + " |";
    }
}
