using System.Text.RegularExpressions;
using Markdig.Syntax;
using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Markdown;

internal sealed partial class CardReader
{
    private static readonly char[] Quotes = ['"', '\'', '“', '”', '«', '»', '„', '`'];

    private static readonly char[] NotMarks = ['❌', '✗', '✖', ' '];

    private static IEnumerable<ListItemBlock> Items(CardSection section) =>
        section.BlocksOf<ListBlock>().SelectMany(list => list.OfType<ListItemBlock>());

    private IEnumerable<ListEntry> Entries(CardSection section) =>
        Items(section).Select(item => ListEntryReader.Read(item, path)).OfType<ListEntry>();

    private void ReadEntries(CardSection section, List<ListEntry> entries) => entries.AddRange(Entries(section));

    private void ReadPreferences(CardSection section) =>
        _preferences.AddRange(Entries(section).Select(entry => new KeyValueEntry(entry.Name, entry.Detail ?? string.Empty, entry.Source)));

    private void ReadTypicalPhrases(CardSection section)
    {
        foreach (var item in Items(section))
        {
            var phrase = InlineText.OfFirstLeaf(item).Trim().Trim(Quotes).Trim();
            if (phrase.Length > 0)
            {
                _typicalPhrases.Add(new SourcedText(phrase, Source(item.Line + 1)));
            }
        }
    }

    /// <summary>Each item's first line is the duty; its sub-list items are the details; the heading gives the share.</summary>
    private void ReadDuties(CardSection section)
    {
        var kind = section.Kind switch
        {
            SectionKind.SecondaryDuties => ResponsibilityKind.Secondary,
            SectionKind.NotResponsible => ResponsibilityKind.NotResponsible,
            _ => ResponsibilityKind.Primary,
        };
        var share = kind == ResponsibilityKind.NotResponsible ? null : ShareOf(section.Heading);
        foreach (var item in Items(section))
        {
            var text = InlineText.OfFirstLeaf(item).TrimStart(NotMarks).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var details = item.OfType<ListBlock>()
                .SelectMany(list => list.OfType<ListItemBlock>())
                .Select(InlineText.OfFirstLeaf)
                .Where(detail => detail.Length > 0)
                .ToList();
            _responsibilities.Add(new ResponsibilityEntry(text, kind, share, details, Source(item.Line + 1)));
        }
    }

    private static string? ShareOf(string heading) =>
        SharePattern().Match(heading) is { Success: true } match ? match.Groups["share"].Value + "%" : null;

    [GeneratedRegex(@"(?<share>\d+(?:[.,]\d+)?)\s*%")]
    private static partial Regex SharePattern();
}
