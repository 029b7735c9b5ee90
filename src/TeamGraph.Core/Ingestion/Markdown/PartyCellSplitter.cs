using System.Text.RegularExpressions;
using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>
/// Splits a party column's cell into the names it lists and a note. Separators are <c>+</c> and <c>,</c>
/// anywhere, <c>&amp;</c> and <c>/</c> only between spaces ("QA / PM", but "R&amp;D" and "Railway/Render" stay
/// whole), and the words "и" and "and". A parenthesised part is a note; so are lowercase words trailing a
/// capitalised name in another script ("PM немедленно"); in the same script they stay part of the name
/// ("Backend developers"), and the resolver tries shorter prefixes of a name it cannot find.
/// A part written all in lowercase stays a name.
/// </summary>
internal static partial class PartyCellSplitter
{
    public static PartyCell Split(string raw)
    {
        var notes = new List<string>();
        var text = Parenthesised().Replace(raw, match =>
        {
            var note = match.Groups["note"].Value.Trim();
            if (note.Length > 0)
            {
                notes.Add(note);
            }

            return " ";
        });

        var names = new List<string>();
        foreach (var part in Separator().Split(text))
        {
            var (name, note) = SplitTrailingNote(part.Trim().Trim('.', ':', ';'));
            if (name.Length > 0)
            {
                names.Add(name);
            }

            if (note is not null)
            {
                notes.Add(note);
            }
        }

        return new PartyCell(raw, names, notes.Count == 0 ? null : string.Join("; ", notes));
    }

    private static (string Name, string? Note) SplitTrailingNote(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length < 2 || !char.IsUpper(words[0][0]))
        {
            return (string.Join(' ', words), null);
        }

        var lastName = words.Length - 1;
        while (lastName > 0 && char.IsLower(words[lastName][0]) && IsCyrillic(words[lastName]) != IsCyrillic(words[0]))
        {
            lastName--;
        }

        return lastName == words.Length - 1
            ? (string.Join(' ', words), null)
            : (string.Join(' ', words[..(lastName + 1)]), string.Join(' ', words[(lastName + 1)..]));
    }

    private static bool IsCyrillic(string word) => word.Any(c => c is >= '\u0400' and <= '\u04FF');

    [GeneratedRegex(@"\((?<note>[^()]*)\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\s*[+,]\s*|\s+[&/]\s+|\s+(?:и|and)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
