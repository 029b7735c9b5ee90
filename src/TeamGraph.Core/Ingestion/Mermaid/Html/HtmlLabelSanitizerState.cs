using System.Text;

namespace TeamGraph.Core.Ingestion.Mermaid.Html;

/// <summary>
/// One run of <see cref="HtmlLabelSanitizer"/> over a label: HTML's tokenizer for tags, comments and text, and the part of
/// its tree building that decides which elements are open, written out as it goes. Text is copied as written.
/// </summary>
internal sealed class HtmlLabelSanitizerState(string label)
{
    private readonly string _label = label;
    private readonly List<OpenElement> _open = [];
    private readonly List<OpenElement> _formatting = [];
    private int _pos;

    public StringBuilder Output { get; } = new(label.Length + 16);

    public void Run()
    {
        while (_pos < _label.Length)
        {
            var lt = _label.IndexOf('<', _pos);
            if (lt < 0)
            {
                AppendText(_pos, _label.Length);
                break;
            }

            AppendText(_pos, lt);
            _pos = lt;
            ReadMarkup();
        }

        for (var i = _open.Count - 1; i >= 0; i--)
        {
            AppendEndTag(_open[i]);
        }
    }

    private char CharAt(int index) => index < _label.Length ? _label[index] : '\0';

    private static bool IsTagBlank(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    private void AppendText(int start, int end)
    {
        if (end > start)
        {
            ReconstructFormatting();
            Output.Append(_label, start, end - start);
        }
    }

    private void ReadMarkup()
    {
        var next = CharAt(_pos + 1);
        if (char.IsAsciiLetter(next))
        {
            if (TryReadTag(_pos + 1, out var name, out var attributes))
            {
                StartTag(name, attributes);
            }

            return;
        }

        if (next == '/')
        {
            var after = CharAt(_pos + 2);
            if (char.IsAsciiLetter(after))
            {
                if (TryReadTag(_pos + 2, out var name, out _))
                {
                    EndTag(name);
                }
            }
            else if (_pos + 2 >= _label.Length)
            {
                // "</" at the end of the text is text.
                AppendText(_pos, _label.Length);
                _pos = _label.Length;
            }
            else
            {
                SkipPast('>', _pos + 2);
            }

            return;
        }

        if (next == '!')
        {
            SkipCommentOrDeclaration();
            return;
        }

        if (next == '?')
        {
            SkipPast('>', _pos + 1);
            return;
        }

        AppendText(_pos, _pos + 1);
        _pos++;
    }

    private void SkipPast(char c, int from)
    {
        var at = _label.IndexOf(c, from);
        _pos = at < 0 ? _label.Length : at + 1;
    }

    private void SkipCommentOrDeclaration()
    {
        if (!_label.AsSpan(_pos).StartsWith("<!--", StringComparison.Ordinal))
        {
            SkipPast('>', _pos + 2);
            return;
        }

        var body = _pos + 4;
        if (CharAt(body) == '>' || (CharAt(body) == '-' && CharAt(body + 1) == '>'))
        {
            _pos = CharAt(body) == '>' ? body + 1 : body + 2;
            return;
        }

        var close = _label.IndexOf("-->", body, StringComparison.Ordinal);
        var bangClose = _label.IndexOf("--!>", body, StringComparison.Ordinal);
        _pos = close < 0 && bangClose < 0 ? _label.Length
            : close < 0 || (bangClose >= 0 && bangClose < close) ? bangClose + 4
            : close + 3;
    }

    /// <summary>
    /// A tag from its name on: name and attributes (names lower-cased, the first of a repeated name kept, values with their
    /// character references decoded). False, with everything consumed, when the text ends inside it: a browser drops it.
    /// </summary>
    private bool TryReadTag(int nameStart, out string name, out List<(string Name, string Value)>? attributes)
    {
        var p = nameStart;
        while (p < _label.Length && !IsTagBlank(_label[p]) && _label[p] is not ('/' or '>'))
        {
            p++;
        }

        name = _label[nameStart..p].ToLowerInvariant();
        attributes = null;
        HashSet<string>? seen = null;
        while (true)
        {
            while (p < _label.Length && (IsTagBlank(_label[p]) || _label[p] == '/'))
            {
                p++;
            }

            if (p >= _label.Length)
            {
                _pos = _label.Length;
                return false;
            }

            if (_label[p] == '>')
            {
                _pos = p + 1;
                return true;
            }

            var attributeStart = p++;
            while (p < _label.Length && !IsTagBlank(_label[p]) && _label[p] is not ('/' or '>' or '='))
            {
                p++;
            }

            var attributeName = _label[attributeStart..p].ToLowerInvariant();
            while (p < _label.Length && IsTagBlank(_label[p]))
            {
                p++;
            }

            var value = "";
            if (CharAt(p) == '=')
            {
                p++;
                while (p < _label.Length && IsTagBlank(_label[p]))
                {
                    p++;
                }

                if (CharAt(p) is '"' or '\'')
                {
                    var close = _label.IndexOf(_label[p], p + 1);
                    if (close < 0)
                    {
                        _pos = _label.Length;
                        return false;
                    }

                    value = _label[(p + 1)..close];
                    p = close + 1;
                }
                else
                {
                    var valueStart = p;
                    while (p < _label.Length && !IsTagBlank(_label[p]) && _label[p] != '>')
                    {
                        p++;
                    }

                    value = _label[valueStart..p];
                }
            }

            seen ??= new HashSet<string>(StringComparer.Ordinal);
            if (seen.Add(attributeName))
            {
                (attributes ??= []).Add((attributeName, HtmlCharacterReferences.Decode(value, inAttribute: true)));
            }
        }
    }

    private void StartTag(string name, List<(string Name, string Value)>? attributes)
    {
        name = name == "image" ? "img" : name;
        if (HtmlLabelSanitizer.IsIgnoredInBody(name))
        {
            return;
        }

        if (HtmlLabelSanitizer.IsDroppedWithContent(name) || name == "plaintext")
        {
            if (name is "xmp" or "plaintext")
            {
                CloseParagraph();
            }

            _pos = name == "plaintext" ? _label.Length : EndOfElementText(name, out _);
            return;
        }

        if (HtmlLabelSanitizer.IsBlock(name))
        {
            if (name is "li" or "dd" or "dt")
            {
                CloseListItem(name);
            }

            CloseParagraph();
            if (name is ['h', >= '1' and <= '6'] && _open.Count > 0 && _open[^1].Name is ['h', >= '1' and <= '6'])
            {
                PopTo(_open.Count - 1);
            }
        }
        else
        {
            if (name == "a" && ActiveFormatting("a") is not null)
            {
                EndTag("a");
            }

            ReconstructFormatting();
        }

        string? startTag = null;
        if (HtmlLabelSanitizer.IsAllowedTag(name))
        {
            startTag = WrittenStartTag(name, attributes);
            Output.Append(startTag);
        }

        if (HtmlLabelSanitizer.IsVoid(name))
        {
            return;
        }

        var element = new OpenElement(name, startTag);
        _open.Add(element);
        if (HtmlLabelSanitizer.IsFormatting(name))
        {
            AddFormatting(element);
        }

        if (HtmlLabelSanitizer.IsTextOnly(name))
        {
            var textEnd = EndOfElementText(name, out var endTagStart);
            AppendText(_pos, endTagStart);
            _pos = textEnd;
            if (endTagStart < _label.Length)
            {
                PopTo(_open.Count - 1);
            }
        }
    }

    /// <summary>
    /// Where the text of a raw-text element ends: past its end tag (<paramref name="endTagStart"/> where that tag starts),
    /// or the end of the label when it has none.
    /// </summary>
    private int EndOfElementText(string name, out int endTagStart)
    {
        var from = _pos;
        while (true)
        {
            var at = _label.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                endTagStart = _label.Length;
                return _label.Length;
            }

            var after = CharAt(at + 2 + name.Length);
            if (IsTagBlank(after) || after is '/' or '>')
            {
                endTagStart = at;
                var close = _label.IndexOf('>', at);
                return close < 0 ? _label.Length : close + 1;
            }

            from = at + 2;
        }
    }

    private void EndTag(string name)
    {
        if (name == "br")
        {
            // A browser reads </br> as <br>.
            ReconstructFormatting();
            Output.Append("<br>");
            return;
        }

        if (name == "p")
        {
            var paragraph = InScope("p");
            if (paragraph < 0)
            {
                Output.Append("<p></p>");
            }
            else
            {
                PopTo(paragraph);
            }

            return;
        }

        if (HtmlLabelSanitizer.IsIgnoredInBody(name))
        {
            return;
        }

        if (HtmlLabelSanitizer.IsFormatting(name) && ActiveFormatting(name) is { } entry)
        {
            // The adoption agency, as far as a label needs it: close the element and what is open inside it; the
            // formatting elements closed with it are reopened before the next content.
            _formatting.Remove(entry);
            var index = _open.LastIndexOf(entry);
            if (index >= 0)
            {
                PopTo(index);
            }

            return;
        }

        var isSpecial = HtmlLabelSanitizer.IsSpecial(name) || HtmlLabelSanitizer.IsBlock(name);
        var lowest = Math.Max(0, _open.Count - HtmlLabelSanitizer.SearchDepth);
        for (var i = _open.Count - 1; i >= lowest; i--)
        {
            var node = _open[i].Name;
            if (node == name)
            {
                PopTo(i);
                return;
            }

            if (isSpecial ? HtmlLabelSanitizer.IsScopeBoundary(node) : HtmlLabelSanitizer.IsSpecial(node))
            {
                return;
            }
        }
    }

    /// <summary>The open element of that name, if no scope boundary stands above it; -1 otherwise.</summary>
    private int InScope(string name)
    {
        var lowest = Math.Max(0, _open.Count - HtmlLabelSanitizer.SearchDepth);
        for (var i = _open.Count - 1; i >= lowest; i--)
        {
            if (_open[i].Name == name)
            {
                return i;
            }

            if (HtmlLabelSanitizer.IsScopeBoundary(_open[i].Name))
            {
                return -1;
            }
        }

        return -1;
    }

    private void CloseParagraph()
    {
        var paragraph = InScope("p");
        if (paragraph >= 0)
        {
            PopTo(paragraph);
        }
    }

    private void CloseListItem(string name)
    {
        var lowest = Math.Max(0, _open.Count - HtmlLabelSanitizer.SearchDepth);
        for (var i = _open.Count - 1; i >= lowest; i--)
        {
            var node = _open[i].Name;
            if (name == "li" ? node == "li" : node is "dd" or "dt")
            {
                PopTo(i);
                return;
            }

            if (HtmlLabelSanitizer.IsSpecial(node) && node is not ("address" or "div" or "p"))
            {
                return;
            }
        }
    }

    private void PopTo(int index)
    {
        for (var i = _open.Count - 1; i >= index; i--)
        {
            AppendEndTag(_open[i]);
            _open[i].IsOpen = false;
        }

        _open.RemoveRange(index, _open.Count - index);
    }

    private void AppendEndTag(OpenElement element)
    {
        if (element.StartTag is not null)
        {
            Output.Append("</").Append(element.Name).Append('>');
        }
    }

    private OpenElement? ActiveFormatting(string name)
    {
        for (var i = _formatting.Count - 1; i >= 0; i--)
        {
            if (_formatting[i].Name == name)
            {
                return _formatting[i];
            }
        }

        return null;
    }

    private void AddFormatting(OpenElement element)
    {
        // HTML keeps at most three like elements in the list; the bound on its length keeps every step constant.
        var alike = 0;
        for (var i = _formatting.Count - 1; i >= 0; i--)
        {
            if (_formatting[i].Name == element.Name && _formatting[i].StartTag == element.StartTag && ++alike == 3)
            {
                _formatting.RemoveAt(i);
                break;
            }
        }

        if (_formatting.Count == HtmlLabelSanitizer.SearchDepth)
        {
            _formatting.RemoveAt(0);
        }

        _formatting.Add(element);
    }

    private void ReconstructFormatting()
    {
        if (_formatting.Count == 0 || _formatting[^1].IsOpen)
        {
            return;
        }

        var first = _formatting.Count - 1;
        while (first > 0 && !_formatting[first - 1].IsOpen)
        {
            first--;
        }

        for (var i = first; i < _formatting.Count; i++)
        {
            var reopened = new OpenElement(_formatting[i].Name, _formatting[i].StartTag);
            if (reopened.StartTag is not null)
            {
                Output.Append(reopened.StartTag);
            }

            _open.Add(reopened);
            _formatting[i] = reopened;
        }
    }

    private static string WrittenStartTag(string name, List<(string Name, string Value)>? attributes)
    {
        if (attributes is null)
        {
            return $"<{name}>";
        }

        var written = new StringBuilder().Append('<').Append(name);
        foreach (var (attributeName, value) in attributes)
        {
            written.Append(HtmlLabelSanitizer.KeptAttribute(name, attributeName, value));
        }

        return written.Append('>').ToString();
    }

    private sealed class OpenElement(string name, string? startTag)
    {
        public string Name { get; } = name;

        /// <summary>The start tag as written back, or null for an element DOMPurify drops (its content stays).</summary>
        public string? StartTag { get; } = startTag;

        public bool IsOpen { get; set; } = true;
    }
}
