using System.Security.Cryptography;
using System.Text;
using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Diagrams;

/// <summary>
/// Identifiers every diagram language accepts unquoted, derived from graph ids alone: a prefix naming the label
/// (so no key is ever a reserved word such as <c>end</c> or <c>graph</c>), then the id's ASCII letters, digits and
/// underscores; an id that loses anything on the way (dashes, Cyrillic, quotes) gets a hash of the whole id, so two
/// ids never share a key.
/// </summary>
internal static class DiagramNodeKeys
{
    public static Dictionary<string, string> Create(IEnumerable<GraphNode> nodes)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            var key = Key(node);
            var unique = key;
            for (var n = 2; !taken.Add(unique); n++)
            {
                unique = $"{key}_{n}";
            }

            keys[node.Id] = unique;
        }

        return keys;
    }

    private static string Key(GraphNode node)
    {
        var prefix = node.Label switch
        {
            NodeLabels.Role => "role",
            NodeLabels.Group => "group",
            _ => "external",
        };
        var colon = node.Id.IndexOf(':', StringComparison.Ordinal);
        var rest = colon >= 0 && node.Id[..colon] == prefix ? node.Id[(colon + 1)..] : node.Id;
        var clean = new StringBuilder(rest.Length);
        foreach (var c in rest)
        {
            clean.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }

        var key = $"{prefix}_{clean}";
        if (clean.ToString() == rest && rest.Length > 0)
        {
            return key;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(node.Id)))[..8];
        return $"{prefix}_{CollapseUnderscores(clean.ToString())}_{hash}".Replace("__", "_", StringComparison.Ordinal);
    }

    private static string CollapseUnderscores(string text)
    {
        while (text.Contains("__", StringComparison.Ordinal))
        {
            text = text.Replace("__", "_", StringComparison.Ordinal);
        }

        return text.Trim('_');
    }
}
