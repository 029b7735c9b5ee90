namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// The <c>key: value</c> pairs of a mermaid 11 data block, <c>A@{ shape: lean-r, label: "Input" }</c> or
/// <c>e1@{ animate: true }</c>. Mermaid reads the block as YAML: on one line as a flow mapping (pairs split by commas), over
/// several lines as a block mapping (one pair a line). This reader covers the scalars those blocks hold (plain, single- and
/// double-quoted); a value that YAML's JSON schema reads as null, false or zero counts as absent, as mermaid's truthiness
/// checks treat it.
/// </summary>
internal sealed class MermaidNodeData
{
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
        var text = block.Text;
        var multiline = text.Contains('\n', StringComparison.Ordinal);
        var start = 0;
        var quote = '\0';
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
                continue;
            }

            if (c is '"' or '\'' && text.AsSpan(start, i - start).Trim().Contains(':'))
            {
                quote = c;
            }
            else if (c == '\n' || (c == ',' && !multiline))
            {
                data.AddPair(text[start..i], block);
                start = i + 1;
            }
        }

        return data;
    }

    private void AddPair(string pair, MermaidToken block)
    {
        pair = pair.Trim();
        if (pair.Length == 0)
        {
            return;
        }

        var colon = pair.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw new MermaidSyntaxException($"expected 'key: value' in the data block, found \"{pair}\"", block.Line, block.Column);
        }

        var key = pair[..colon].Trim();
        var raw = pair[(colon + 1)..].Trim();
        string? value;
        if (raw.Length >= 2 && raw[0] is '"' or '\'' && raw[^1] == raw[0])
        {
            value = raw[0] == '\'' ? raw[1..^1].Replace("''", "'", StringComparison.Ordinal) : raw[1..^1];
        }
        else
        {
            var comment = raw.IndexOf(" #", StringComparison.Ordinal);
            value = comment >= 0 ? raw[..comment].TrimEnd() : raw;
            value = value is "" or "null" or "false" or "0" ? null : value;
        }

        if (!_values.TryAdd(key, value ?? ""))
        {
            throw new MermaidSyntaxException($"the key '{key}' appears twice in the data block", block.Line, block.Column);
        }
    }
}
