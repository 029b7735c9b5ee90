using System.Globalization;
using TeamGraph.Core.Cards;

namespace TeamGraph.GraphQL.Serving;

/// <summary>
/// Makes a fact's source (<c>path:line</c>) into a link to the document from a template such as
/// <c>https://github.com/acme/team/blob/main/{path}#L{line}</c>: <c>{path}</c> becomes the document's path with each
/// segment URL-escaped, <c>{line}</c> its 1-based line. Without a template there are no links (<see cref="None"/>).
/// </summary>
public sealed class SourceLinks
{
    /// <summary>The placeholder of the document's path; a template must have it.</summary>
    public const string PathPlaceholder = "{path}";

    /// <summary>The placeholder of the line.</summary>
    public const string LinePlaceholder = "{line}";

    /// <summary>What a template must be, said when one is not.</summary>
    public const string Requirement =
        "an absolute http(s) URL containing {path} and optionally {line}, such as https://github.com/acme/team/blob/main/{path}#L{line}";

    private SourceLinks(string? template) => Template = template;

    /// <summary>No template: no source has a link.</summary>
    public static SourceLinks None { get; } = new(null);

    /// <summary>The template, or <see langword="null"/> when sources have no links.</summary>
    public string? Template { get; }

    /// <summary>The links of <paramref name="template"/>; blank means none.</summary>
    /// <exception cref="FormatException">The template is not <see cref="Requirement"/>; the message says why.</exception>
    public static SourceLinks From(string? template) =>
        Problem(template) is { } problem ? throw new FormatException(problem) : string.IsNullOrWhiteSpace(template) ? None : new SourceLinks(template.Trim());

    /// <summary>Why <paramref name="template"/> cannot make links, or <see langword="null"/> when it can (or is blank).</summary>
    public static string? Problem(string? template)
    {
        if (string.IsNullOrWhiteSpace(template))
        {
            return null;
        }

        if (!template.Contains(PathPlaceholder, StringComparison.Ordinal))
        {
            return $"The source link template '{template}' has no {PathPlaceholder}; it must be {Requirement}.";
        }

        var sample = template.Trim().Replace(PathPlaceholder, "roles/a.md", StringComparison.Ordinal).Replace(LinePlaceholder, "1", StringComparison.Ordinal);
        if (sample.Contains('{', StringComparison.Ordinal) || sample.Contains('}', StringComparison.Ordinal))
        {
            return $"The source link template '{template}' has a placeholder other than {PathPlaceholder} and {LinePlaceholder}; it must be {Requirement}.";
        }

        return Uri.TryCreate(sample, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? null
            : $"The source link template '{template}' is not an absolute http(s) URL; it must be {Requirement}.";
    }

    /// <summary>
    /// The link to <paramref name="source"/>, or <see langword="null"/> without a template or a path. A source whose line
    /// is unknown (0) links to the document: a fragment naming the line is left out.
    /// </summary>
    public string? UrlOf(SourceRef source)
    {
        if (Template is null || source.Path.Length == 0)
        {
            return null;
        }

        var template = Template;
        if (source.Line <= 0)
        {
            var fragment = template.IndexOf('#', StringComparison.Ordinal);
            template = fragment >= 0 && template.IndexOf(LinePlaceholder, fragment, StringComparison.Ordinal) >= 0 ? template[..fragment] : template;
        }

        var path = string.Join('/', source.Path.Split('/').Select(Uri.EscapeDataString));
        return template.Replace(PathPlaceholder, path, StringComparison.Ordinal)
            .Replace(LinePlaceholder, source.Line > 0 ? source.Line.ToString(CultureInfo.InvariantCulture) : "", StringComparison.Ordinal);
    }
}
