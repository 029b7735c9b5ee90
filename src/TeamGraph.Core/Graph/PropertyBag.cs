using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Graph;

/// <summary>Builds the sorted, null-free property map of a node or relationship.</summary>
public sealed class PropertyBag
{
    private readonly SortedDictionary<string, object> _values = new(StringComparer.Ordinal);

    /// <summary>Starts a bag with the mandatory <c>source</c>.</summary>
    public PropertyBag(SourceRef source) => _values["source"] = source.ToString();

    /// <summary>Sets <paramref name="key"/> unless <paramref name="value"/> is null, blank or an empty list.</summary>
    public PropertyBag Set(string key, object? value)
    {
        switch (value)
        {
            case null:
            case string s when string.IsNullOrWhiteSpace(s):
            case string[] { Length: 0 }:
                break;
            case string s:
                _values[key] = s.Trim();
                break;
            case int i:
                _values[key] = (long)i;
                break;
            default:
                _values[key] = value;
                break;
        }

        return this;
    }

    /// <summary>The properties, sorted by key.</summary>
    public IReadOnlyDictionary<string, object> Build() => _values;
}
