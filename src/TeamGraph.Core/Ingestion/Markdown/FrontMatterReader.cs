using Markdig.Extensions.Yaml;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>Reads the keys TeamGraph understands from YAML front matter; bad YAML is a warning, never a lost card.</summary>
internal static class FrontMatterReader
{
    public static FrontMatter? Read(YamlFrontMatterBlock block, string path, ICollection<Diagnostic> diagnostics)
    {
        // Line of the opening "---" (1-based); the YAML's own line 1 is the next one.
        var fenceLine = block.Line + 1;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(block.Lines.ToString()));
        }
        catch (YamlException exception)
        {
            diagnostics.Add(Warning(path, fenceLine + (int)Math.Max(1, exception.Start.Line), $"The front matter is not valid YAML: {exception.Message}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some broken flow sequences (found by fuzzing:
            // "code: [uncl\x7fosed\r\x9a").
            diagnostics.Add(Warning(path, fenceLine + 1, "The front matter is not valid YAML; it is ignored."));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return new FrontMatter(null, null, [], new SourceRef(path, fenceLine));
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Add(Warning(path, fenceLine, "The front matter is not a mapping of keys to values; it is ignored."));
            return null;
        }

        return new FrontMatter(
            Scalar(mapping, "code"),
            Scalar(mapping, "name"),
            Aliases(Value(mapping, "aliases")),
            new SourceRef(path, fenceLine));
    }

    private static YamlNode? Value(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: { } name }
            && string.Equals(name.Trim(), key, StringComparison.OrdinalIgnoreCase)).Value;

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        Value(mapping, key) is YamlScalarNode { Value: { } value } && value.Trim().Length > 0 ? value.Trim() : null;

    private static string[] Aliases(YamlNode? node) => node switch
    {
        YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>()
            .Select(item => item.Value?.Trim() ?? string.Empty).Where(alias => alias.Length > 0).ToArray(),
        YamlScalarNode { Value: { } text } => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        _ => [],
    };

    private static Diagnostic Warning(string path, int line, string message) =>
        new(DiagnosticSeverity.Warning, MarkdownDiagnosticCodes.InvalidFrontMatter, path, line, message);
}
