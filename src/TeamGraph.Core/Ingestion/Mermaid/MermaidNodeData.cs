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
    public static MermaidNodeData Read(MermaidToken block) => TryReadFlat(block.Text) ?? ReadYaml(block);

    /// <summary>
    /// The common form, <c>shape: rounded, label: "Text"</c> on one line, read without YamlDotNet: keys and plain values
    /// that are simple words, double-quoted values without escapes or quotes, a blank after each ':'. Anything else (and a
    /// repeated key) gives <see langword="null"/> and goes to YAML, so both ways give the same answer wherever this one answers.
    /// </summary>
    internal static MermaidNodeData? TryReadFlat(string text)
    {
        if (text.Contains('\n', StringComparison.Ordinal))
        {
            return null;
        }

        var data = new MermaidNodeData();
        var p = SkipSpaces(text, 0);
        if (p == text.Length)
        {
            return data;
        }

        while (true)
        {
            var keyEnd = SimpleWordEnd(text, p);
            if (keyEnd == p || keyEnd >= text.Length || text[keyEnd] != ':' || keyEnd + 1 >= text.Length || text[keyEnd + 1] != ' ')
            {
                return null;
            }

            var key = text[p..keyEnd];
            p = SkipSpaces(text, keyEnd + 1);
            string value;
            if (p < text.Length && text[p] == '"')
            {
                var close = text.IndexOfAny(QuoteOrEscape, p + 1);
                if (close < 0 || text[close] != '"' || !IsPlainPrintable(text.AsSpan(p + 1, close - p - 1)))
                {
                    return null;
                }

                value = text[(p + 1)..close];
                p = close + 1;
            }
            else
            {
                var valueEnd = SimpleWordEnd(text, p);
                if (valueEnd == p)
                {
                    return null;
                }

                value = text[p..valueEnd];
                value = Falsy.Contains(value) ? "" : value;
                p = valueEnd;
            }

            if (!data._values.TryAdd(key, value))
            {
                return null;
            }

            p = SkipSpaces(text, p);
            if (p == text.Length)
            {
                return data;
            }

            if (text[p] != ',')
            {
                return null;
            }

            p = SkipSpaces(text, p + 1);
        }
    }

    private static readonly char[] QuoteOrEscape = ['"', '\\'];

    /// <summary>Characters YAML takes in a quoted scalar without a question (no controls, tabs, surrogates or non-characters).</summary>
    private static bool IsPlainPrintable(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c < ' ' || c is >= '\x7F' and < '\xA0' || char.IsSurrogate(c) || c >= '\uFFFE')
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipSpaces(string text, int p)
    {
        while (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        return p;
    }

    /// <summary>A letter or digit, then letters, digits, '_' and '-': a word YAML reads as a plain scalar, as written.</summary>
    private static int SimpleWordEnd(string text, int p)
    {
        if (p >= text.Length || !char.IsAsciiLetterOrDigit(text[p]))
        {
            return p;
        }

        while (p < text.Length && (char.IsAsciiLetterOrDigit(text[p]) || text[p] is '_' or '-'))
        {
            p++;
        }

        return p;
    }

    internal static MermaidNodeData ReadYaml(MermaidToken block)
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
            RejectReservedIndicator(key, block);
            RejectReservedIndicator(value, block);
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

    /// <summary>
    /// YAML lets no plain scalar start with '@' or '`' (reserved) or with '|', '&gt;' or '%' (indicators); mermaid's YAML reader
    /// fails on them, while YamlDotNet reads them as text.
    /// </summary>
    private static void RejectReservedIndicator(YamlNode node, MermaidToken block)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: [var first, ..] } && first is '@' or '`' or '|' or '>' or '%')
        {
            throw new MermaidSyntaxException($"the data block is not valid YAML: a plain value cannot start with '{first}'; quote it", block.Line, block.Column);
        }
    }
}
