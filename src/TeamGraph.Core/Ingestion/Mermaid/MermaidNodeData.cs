using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// The <c>key: value</c> pairs of a mermaid 11 data block, <c>A@{ shape: lean-r, label: "Input" }</c> or
/// <c>e1@{ animate: true }</c>, read with YamlDotNet as mermaid reads them with js-yaml: a block on one line is a flow
/// mapping (wrapped in braces), a block over several lines a block mapping. A plain value that YAML's JSON schema reads
/// as null, false or zero counts as absent, as mermaid's truthiness checks treat it.
/// </summary>
internal sealed class MermaidNodeData
{
    private static readonly HashSet<string> Falsy = new(StringComparer.Ordinal) { "", "null", "false", "0" };

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private MermaidNodeData()
    {
    }

    /// <summary>The value of <paramref name="key"/>, or <see langword="null"/> when it is missing or falsy.</summary>
    public string? this[string key] => _values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    /// <summary>Every key with its value as written; a falsy value is the empty string.</summary>
    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>Reads the text between <c>@{</c> and <c>}</c>, as <see cref="MermaidLexer"/> gives it.</summary>
    public static MermaidNodeData Read(MermaidToken block)
    {
        var data = new MermaidNodeData();
        var yaml = block.Text.Contains('\n', StringComparison.Ordinal) ? block.Text + "\n" : "{\n" + block.Text + "\n}";
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            throw new MermaidSyntaxException($"the data block is not valid YAML: {exception.Message}", block.Line, block.Column);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some broken flow sequences (see FrontMatterReader).
            throw new MermaidSyntaxException("the data block is not valid YAML", block.Line, block.Column);
        }

        if (stream.Documents.Count == 0)
        {
            return data;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            throw new MermaidSyntaxException("expected 'key: value' pairs in the data block", block.Line, block.Column);
        }

        foreach (var (key, value) in mapping.Children)
        {
            var name = key is YamlScalarNode { Value: { } text } ? text : key.ToString();
            data._values[name] = value switch
            {
                YamlScalarNode { Style: ScalarStyle.Plain, Value: var plain } when Falsy.Contains(plain ?? "") => "",
                YamlScalarNode { Value: var scalar } => scalar ?? "",
                _ => value.ToString(),
            };
        }

        return data;
    }
}
