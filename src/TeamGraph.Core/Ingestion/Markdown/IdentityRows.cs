using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>Gathers the Identity table's rows: the four known parameters by name, the rest as other rows.</summary>
internal sealed class IdentityRows
{
    private readonly Dictionary<string, SourcedText> _known = new(StringComparer.Ordinal);
    private readonly List<KeyValueEntry> _other = [];

    public void Add(string parameter, string value, SourceRef source)
    {
        var key = TableSchemas.IdentityRows.KeyOf(parameter);
        if (key is not null && !_known.ContainsKey(key))
        {
            _known[key] = new SourcedText(value, source);
        }
        else
        {
            _other.Add(new KeyValueEntry(parameter, value, source));
        }
    }

    public CardIdentity ToIdentity() => new(
        _known.GetValueOrDefault(TableSchemas.Role),
        _known.GetValueOrDefault(TableSchemas.Level),
        _known.GetValueOrDefault(TableSchemas.Code),
        _known.GetValueOrDefault(TableSchemas.Mission),
        _other);
}
