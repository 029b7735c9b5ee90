using System.Globalization;
using System.Text;

namespace TeamGraph.Core.Diagrams;

/// <summary>Composes and caps the texts a diagram shows, so one long cell cannot swamp the drawing.</summary>
internal static class DiagramLabels
{
    /// <summary>The longest text of one node or one relationship, in text elements, before it is cut with an ellipsis.</summary>
    public const int MaxTextLength = 60;

    /// <summary>The most relationship names one merged edge lists; the rest are counted ("+3 more").</summary>
    public const int MaxNamesPerMergedEdge = 2;

    private const string OneSided = "ONE_SIDED";
    private const string Conflicting = "CONFLICTING";
    private const string Probable = "PROBABLE";

    /// <summary>Whitespace (line breaks included) collapsed to single spaces, then cut on a text-element boundary.</summary>
    public static string Cap(string? text, int maxLength = MaxTextLength)
    {
        var collapsed = Collapse(text ?? "");
        var elements = new StringInfo(collapsed);
        return elements.LengthInTextElements <= maxLength
            ? collapsed
            : elements.SubstringByTextElements(0, maxLength - 1).TrimEnd() + "…";
    }

    /// <summary>Whether a handoff with <paramref name="status"/> is drawn as a warning.</summary>
    public static bool IsFlagged(string? status) => status is OneSided or Conflicting;

    /// <summary>"what (trigger)", with "via group", a warning marker for one-sided and conflicting handoffs, and "(probable?)" for probable ones.</summary>
    public static string Handoff(string what, string? trigger, string? status, string? viaGroupName = null)
    {
        var text = new StringBuilder(Cap(what));
        if (!string.IsNullOrWhiteSpace(trigger))
        {
            text.Append(" (").Append(Cap(trigger, MaxTextLength / 2)).Append(')');
        }

        if (!string.IsNullOrWhiteSpace(viaGroupName))
        {
            text.Append(" via ").Append(Cap(viaGroupName, MaxTextLength / 2));
        }

        return status switch
        {
            OneSided => $"⚠ {text} (one-sided)",
            Conflicting => $"⚠ {text} (conflicting)",
            Probable => $"{text} (probable?)",
            _ => text.ToString(),
        };
    }

    /// <summary>
    /// The label lines of one edge standing for the relationships labelled <paramref name="labels"/> (distinct, in
    /// order): the one label as it is, or the count ("3 handoffs:"), the first <see cref="MaxNamesPerMergedEdge"/>
    /// names and "+N more".
    /// </summary>
    public static IReadOnlyList<string> Merged(EdgeKind kind, IReadOnlyList<string> labels)
    {
        if (labels.Count <= 1)
        {
            return [.. labels.Where(l => l.Length > 0)];
        }

        var names = labels.Where(l => l.Length > 0).ToList();
        var shown = names.Take(MaxNamesPerMergedEdge).ToList();
        var lines = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{labels.Count} {Plural(kind)}:") };
        lines.AddRange(shown);
        if (labels.Count > shown.Count)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"+{labels.Count - shown.Count} more"));
        }

        return lines;
    }

    /// <summary>What several relationships of <paramref name="kind"/> are called.</summary>
    public static string Plural(EdgeKind kind) => kind switch
    {
        EdgeKind.Handoff => "handoffs",
        EdgeKind.Collaboration => "collaborations",
        EdgeKind.Escalation => "escalations",
        EdgeKind.Approval => "approvals",
        _ => "meetings",
    };

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd();
    }
}
