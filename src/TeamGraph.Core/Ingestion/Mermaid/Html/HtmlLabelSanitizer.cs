using System.Text;

namespace TeamGraph.Core.Ingestion.Mermaid.Html;

/// <summary>
/// What mermaid's label sanitizer (DOMPurify with its default allow-lists, as mermaid 11 runs it on every shape label,
/// edge label and subgraph title) leaves of a label holding HTML, read the way a browser reads it: unknown tags dropped
/// with their content kept (<c>Line&lt;r&gt;two</c> → "Linetwo"), elements left open closed (<c>Line&lt;b&gt;two</c> →
/// <c>Line&lt;b&gt;two&lt;/b&gt;</c>), end tags that close nothing dropped, comments dropped, <c>script</c>, <c>style</c> and
/// the like dropped with their content, a tag cut off by the end of the label dropped with the rest, void elements
/// written <c>&lt;br&gt;</c>, and kept tags written as a browser writes them back (lower case, attributes DOMPurify
/// allows, quoted). Formatting elements closed by another element's end tag are reopened after it, as HTML does.
/// <para>
/// Text is left as written: DOMPurify writes it back with <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> and the no-break space
/// escaped, which reads the same once character references are decoded. A label without <c>&lt;</c> is returned as is,
/// as DOMPurify does. Bounded on purpose, not a whole HTML parser: tables, forms, <c>svg</c> / <c>math</c> content and
/// the clobbering checks are not modelled. One forward scan; searches of the open elements look at most
/// <see cref="DeepestSearch"/> deep, so the time stays linear on any input.
/// </para>
/// </summary>
internal static class HtmlLabelSanitizer
{
    private const int DeepestSearch = 64;

    private static readonly HashSet<string> AllowedTags = new(StringComparer.Ordinal)
    {
        "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "bdi", "bdo", "big", "blink", "blockquote",
        "br", "button", "canvas", "center", "cite", "code", "content", "data", "datalist", "dd", "decorator", "del", "details",
        "dfn", "dialog", "dir", "div", "dl", "dt", "element", "em", "fieldset", "figcaption", "figure", "font", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "i", "img", "input", "ins", "kbd", "label", "legend", "li",
        "main", "map", "mark", "marquee", "menu", "menuitem", "meter", "nav", "nobr", "ol", "optgroup", "option", "output", "p",
        "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp", "search", "section", "select", "shadow", "slot",
        "small", "source", "spacer", "span", "strike", "strong", "sub", "summary", "sup", "table", "template", "textarea", "time",
        "title", "track", "tt", "u", "ul", "var", "video", "wbr", "svg", "math",
    };

    private static readonly HashSet<string> AllowedAttributes = new(StringComparer.Ordinal)
    {
        "accept", "action", "align", "alt", "autocapitalize", "autocomplete", "autopictureinpicture", "autoplay", "background",
        "bgcolor", "border", "capture", "cellpadding", "cellspacing", "checked", "cite", "class", "clear", "color", "cols",
        "colspan", "command", "commandfor", "controls", "controlslist", "coords", "crossorigin", "datetime", "decoding",
        "default", "dir", "disabled", "disablepictureinpicture", "disableremoteplayback", "download", "draggable", "enctype",
        "enterkeyhint", "exportparts", "face", "for", "headers", "height", "hidden", "high", "href", "hreflang", "id", "inert",
        "inputmode", "integrity", "ismap", "kind", "label", "lang", "list", "loading", "loop", "low", "max", "maxlength", "media",
        "method", "min", "minlength", "multiple", "muted", "name", "nonce", "noshade", "novalidate", "nowrap", "open", "optimum",
        "part", "pattern", "placeholder", "playsinline", "popover", "popovertarget", "popovertargetaction", "poster", "preload",
        "pubdate", "radiogroup", "readonly", "rel", "required", "rev", "reversed", "role", "rows", "rowspan", "spellcheck", "scope",
        "selected", "shape", "size", "sizes", "slot", "span", "srclang", "start", "src", "srcset", "step", "style", "summary",
        "tabindex", "title", "translate", "type", "usemap", "valign", "value", "width", "wrap", "xmlns",
    };

    // DOMPurify allows the attributes of SVG, MathML and XML on any element too (its svg, mathMl and xml lists).
    private static readonly HashSet<string> SvgMathMlAndXmlAttributes = new(StringComparer.Ordinal)
    {
        "accent", "accent-height", "accentunder", "accumulate", "additive", "alignment-baseline", "amplitude", "ascent",
        "attributename", "attributetype", "azimuth", "basefrequency", "baseline-shift", "begin", "bevelled", "bias", "by",
        "clip", "clip-path", "clip-rule", "clippathunits", "close", "color-interpolation", "color-interpolation-filters",
        "color-profile", "color-rendering", "columnalign", "columnlines", "columnspacing", "columnspan", "cx", "cy", "d",
        "denomalign", "depth", "diffuseconstant", "direction", "display", "displaystyle", "divisor", "dominant-baseline",
        "dur", "dx", "dy", "edgemode", "elevation", "encoding", "end", "exponent", "fence", "fill", "fill-opacity",
        "fill-rule", "filter", "filterunits", "flood-color", "flood-opacity", "font-family", "font-size",
        "font-size-adjust", "font-stretch", "font-style", "font-variant", "font-weight", "frame", "fx", "fy", "g1", "g2",
        "glyph-name", "glyphref", "gradienttransform", "gradientunits", "image-rendering", "in", "in2", "intercept", "k",
        "k1", "k2", "k3", "k4", "kernelmatrix", "kernelunitlength", "kerning", "keypoints", "keysplines", "keytimes",
        "largeop", "length", "lengthadjust", "letter-spacing", "lighting-color", "linethickness", "local", "lquote",
        "lspace", "marker-end", "marker-mid", "marker-start", "markerheight", "markerunits", "markerwidth", "mask",
        "mask-type", "maskcontentunits", "maskunits", "mathbackground", "mathcolor", "mathsize", "mathvariant", "maxsize",
        "minsize", "mode", "movablelimits", "notation", "numalign", "numoctaves", "offset", "opacity", "operator", "order",
        "orient", "orientation", "origin", "overflow", "paint-order", "path", "pathlength", "patterncontentunits",
        "patterntransform", "patternunits", "pointer-events", "points", "preservealpha", "preserveaspectratio",
        "primitiveunits", "r", "radius", "refx", "refy", "repeatcount", "repeatdur", "restart", "result", "rotate",
        "rowalign", "rowlines", "rowspacing", "rquote", "rspace", "rx", "ry", "scale", "scriptlevel", "scriptminsize",
        "scriptsizemultiplier", "seed", "selection", "separator", "separators", "shape-rendering", "slope",
        "specularconstant", "specularexponent", "spreadmethod", "startoffset", "stddeviation", "stitchtiles", "stop-color",
        "stop-opacity", "stretchy", "stroke", "stroke-dasharray", "stroke-dashoffset", "stroke-linecap", "stroke-linejoin",
        "stroke-miterlimit", "stroke-opacity", "stroke-width", "subscriptshift", "supscriptshift", "surfacescale",
        "symmetric", "systemlanguage", "tablevalues", "targetx", "targety", "text-anchor", "text-decoration",
        "text-orientation", "text-rendering", "textlength", "transform", "transform-origin", "u1", "u2", "unicode",
        "values", "vector-effect", "version", "vert-adv-y", "vert-origin-x", "vert-origin-y", "viewbox", "visibility",
        "voffset", "word-spacing", "writing-mode", "x", "x1", "x2", "xchannelselector", "xlink:href", "xlink:title",
        "xml:id", "xml:space", "xmlns:xlink", "y", "y1", "y2", "ychannelselector", "z", "zoomandpan",
    };

    // Attributes DOMPurify keeps whatever their value; any other must hold a harmless URI (or nothing).
    private static readonly HashSet<string> UriSafeAttributes = new(StringComparer.Ordinal)
    {
        "alt", "class", "for", "id", "label", "name", "pattern", "placeholder", "role", "summary", "title", "value", "style", "xmlns",
    };

    private static readonly HashSet<string> VoidTags = new(StringComparer.Ordinal)
    {
        "area", "br", "embed", "img", "keygen", "wbr", "input", "hr", "source", "track", "param", "base", "link", "meta", "basefont", "bgsound",
    };

    // Start tags a browser ignores in a document's body.
    private static readonly HashSet<string> IgnoredInBody = new(StringComparer.Ordinal)
    {
        "caption", "col", "colgroup", "frame", "head", "tbody", "td", "tfoot", "th", "thead", "tr", "html", "body",
    };

    // Elements whose text is raw to the tokenizer and which DOMPurify drops with everything in them.
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.Ordinal)
    {
        "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript",
    };

    // Elements whose text is read as text up to their end tag (RCDATA) and which are kept.
    private static readonly HashSet<string> TextOnly = new(StringComparer.Ordinal) { "textarea", "title" };

    // Start tags that close an open paragraph and do not reopen formatting elements.
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2",
        "h3", "h4", "h5", "h6", "pre", "listing", "form", "table", "hr", "xmp", "plaintext", "li", "dd", "dt",
    };

    // HTML's "special" elements: an end tag of an ordinary element does not look past them.
    private static readonly HashSet<string> Special = new(StringComparer.Ordinal)
    {
        "address", "applet", "article", "aside", "blockquote", "button", "center", "dd", "details", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "li", "listing",
        "main", "marquee", "menu", "nav", "object", "ol", "p", "pre", "search", "section", "select", "summary", "table", "template",
        "textarea", "title", "ul",
    };

    private static readonly HashSet<string> ScopeBoundaries = new(StringComparer.Ordinal)
    {
        "applet", "button", "caption", "html", "marquee", "object", "table", "td", "template", "th",
    };

    private static readonly HashSet<string> Formatting = new(StringComparer.Ordinal)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    /// <summary>The label as mermaid keeps it once sanitized.</summary>
    public static string Sanitize(string label)
    {
        if (!label.Contains('<', StringComparison.Ordinal))
        {
            return label;
        }

        var state = new HtmlLabelSanitizerState(label);
        state.Run();
        return state.Output.ToString();
    }

    internal static bool IsAllowedTag(string name) => AllowedTags.Contains(name);

    internal static bool IsVoid(string name) => VoidTags.Contains(name);

    internal static bool IsIgnoredInBody(string name) => IgnoredInBody.Contains(name);

    internal static bool IsDroppedWithContent(string name) => DroppedWithContent.Contains(name);

    internal static bool IsTextOnly(string name) => TextOnly.Contains(name);

    internal static bool IsBlock(string name) => Blocks.Contains(name);

    internal static bool IsSpecial(string name) => Special.Contains(name);

    internal static bool IsScopeBoundary(string name) => ScopeBoundaries.Contains(name);

    internal static bool IsFormatting(string name) => Formatting.Contains(name);

    internal static int SearchDepth => DeepestSearch;

    /// <summary>An attribute as DOMPurify writes it back, or null when it drops it.</summary>
    internal static string? KeptAttribute(string tag, string name, string value)
    {
        if (name == "is")
        {
            return " is=\"\"";
        }

        var allowed = AllowedAttributes.Contains(name) || SvgMathMlAndXmlAttributes.Contains(name);
        if (!allowed && !IsDataOrAria(name))
        {
            return null;
        }

        value = name == "value" ? value : value.Trim();
        if (IsAttributeBreakout(value) || value.Contains("/>", StringComparison.Ordinal))
        {
            return null;
        }

        if (allowed && !UriSafeAttributes.Contains(name) && value.Length > 0 && !IsAllowedUri(tag, name, value))
        {
            return null;
        }

        var written = new StringBuilder(name.Length + value.Length + 4).Append(' ').Append(name).Append("=\"");
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => written.Append("&amp;"),
                '"' => written.Append("&quot;"),
                '<' => written.Append("&lt;"),
                '>' => written.Append("&gt;"),
                '\u00A0' => written.Append("&nbsp;"),
                _ => written.Append(c),
            };
        }

        return written.Append('"').ToString();
    }

    private static bool IsDataOrAria(string name)
    {
        if (name.StartsWith("data-", StringComparison.Ordinal) && name.Length > 5)
        {
            foreach (var c in name.AsSpan(5))
            {
                if (!DataNameChars.Contains(c) && c < '\u00B7')
                {
                    return false;
                }
            }

            return true;
        }

        return name.StartsWith("aria-", StringComparison.Ordinal) && name.Length > 5 && name.AsSpan(5).IndexOfAnyExcept(AriaNameChars) < 0;
    }

    private static readonly System.Buffers.SearchValues<char> AriaNameChars =
        System.Buffers.SearchValues.Create("-_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly System.Buffers.SearchValues<char> DataNameChars =
        System.Buffers.SearchValues.Create("-_.0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    // DOMPurify's SAFE_FOR_XML check: a value that could end a comment or a raw-text element is dropped.
    private static bool IsAttributeBreakout(string value) =>
        value.Contains("-->", StringComparison.Ordinal) || value.Contains("--!>", StringComparison.Ordinal) || value.Contains("]>", StringComparison.Ordinal)
        || (value.Contains("</", StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(
            value, "</(style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant));

    /// <summary>DOMPurify's IS_ALLOWED_URI, on the value without blanks and control characters, plus its data: URI rule.</summary>
    private static bool IsAllowedUri(string tag, string name, string value)
    {
        var compact = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!(c <= ' ' || c == '\u00A0' || c == '\u1680' || c == '\u180E' || (c >= '\u2000' && c <= '\u2029') || c == '\u205F' || c == '\u3000'))
            {
                compact.Append(c);
            }
        }

        var uri = compact.ToString();
        var colon = uri.IndexOf(':', StringComparison.Ordinal);
        if (uri.Length == 0 || !char.IsAsciiLetter(uri[0]))
        {
            return true;
        }

        var schemeEnd = 0;
        while (schemeEnd < uri.Length && (char.IsAsciiLetter(uri[schemeEnd]) || uri[schemeEnd] is '+' or '.' or '-'))
        {
            schemeEnd++;
        }

        if (schemeEnd == uri.Length || uri[schemeEnd] != ':')
        {
            return true;
        }

        var scheme = uri[..colon].ToLowerInvariant();
        if (scheme is "http" or "https" or "ftp" or "ftps" or "mailto" or "tel" or "callto" or "sms" or "cid" or "xmpp" or "matrix")
        {
            return true;
        }

        return name is "src" or "xlink:href" or "href" && value.StartsWith("data:", StringComparison.Ordinal) && tag is "audio" or "video" or "img" or "source" or "image" or "track";
    }
}
