using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Queries;

/// <summary>
/// An inverted index over the searchable texts of one graph: a sorted vocabulary of normalised words, each with the
/// entries it occurs in. A query word matches every vocabulary word it is a prefix of (one binary search, then a
/// contiguous run), and a hit must match every query word.
/// </summary>
internal sealed partial class SearchIndex
{
    private readonly SearchEntry[] _entries;
    private readonly string[] _vocabulary;
    private readonly int[][] _postings;

    public SearchIndex(PropertyGraph graph, AuthorityRows rows)
    {
        _entries = [.. Entries(graph, rows)];
        var postings = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _entries.Length; i++)
        {
            foreach (var word in _entries[i].NormalizedText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
            {
                if (!postings.TryGetValue(word, out var list))
                {
                    list = [];
                    postings[word] = list;
                }

                list.Add(i);
            }
        }

        _vocabulary = [.. postings.Keys];
        _postings = [.. postings.Values.Select(l => l.ToArray())];
    }

    /// <summary>
    /// The best <paramref name="first"/> entries having every word of <paramref name="text"/> as a word prefix: the
    /// exact text first, then the phrase, then every word; within a rank shorter texts first, then by kind and id.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string text, int first)
    {
        var query = new TextQuery(text);
        if (query.IsEmpty)
        {
            return [];
        }

        HashSet<int>? candidates = null;
        foreach (var word in query.Words.OrderByDescending(w => w.Length))
        {
            var matches = EntriesWithWordStarting(word);
            if (candidates is null)
            {
                candidates = matches;
            }
            else
            {
                candidates.IntersectWith(matches);
            }

            if (candidates.Count == 0)
            {
                return [];
            }
        }

        return [.. candidates!.Select(i => _entries[i])
            .Select(e => (Entry: e, Rank: query.Rank(e.NormalizedText)))
            .OrderBy(h => h.Rank).ThenBy(h => h.Entry.NormalizedText.Length).ThenBy(h => h.Entry.Kind)
            .ThenBy(h => h.Entry.NodeId, StringComparer.Ordinal).ThenBy(h => h.Entry.Text, StringComparer.Ordinal)
            .Take(first)
            .Select(h => new SearchHit(h.Entry.Kind, h.Entry.NodeId, h.Entry.Text, h.Entry.ActorIds, h.Entry.Source, h.Rank))];
    }

    private HashSet<int> EntriesWithWordStarting(string prefix)
    {
        var found = Array.BinarySearch(_vocabulary, prefix, StringComparer.Ordinal);
        var matches = new HashSet<int>();
        for (var i = found >= 0 ? found : ~found; i < _vocabulary.Length && _vocabulary[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            matches.UnionWith(_postings[i]);
        }

        return matches;
    }

    private static SearchEntry Entry(SearchHitKind kind, string nodeId, string text, IEnumerable<string> actorIds, string source) =>
        new(kind, nodeId, text, NameNormalizer.Normalize(text), [.. actorIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], source);
}
