using YamlDotNet.RepresentationModel;

namespace TeamGraph.Cli.Tests.Deployment;

/// <summary>A YAML file of the repository (docker-compose.yml, the CI workflow) read as a tree, with paths into it.</summary>
internal sealed class YamlFile
{
    private YamlFile(YamlMappingNode root) => Root = root;

    public YamlMappingNode Root { get; }

    public static YamlFile Load(params string[] pathFromRepoRoot)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine([TestPaths.RepoRoot, .. pathFromRepoRoot]));
        stream.Load(reader);
        return new YamlFile((YamlMappingNode)stream.Documents[0].RootNode);
    }

    /// <summary>The node at <paramref name="keys"/> below the root, or null when a key is missing.</summary>
    public YamlNode? Find(params string[] keys) => Find(Root, keys);

    /// <summary>The scalar at <paramref name="keys"/>; fails the test when it is missing or not a scalar.</summary>
    public string Scalar(params string[] keys) =>
        Find(keys) is YamlScalarNode { Value: { } value } ? value : throw new Xunit.Sdk.XunitException($"No scalar at {string.Join('.', keys)}.");

    public static YamlNode? Find(YamlNode node, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var child))
            {
                return null;
            }

            node = child;
        }

        return node;
    }

    /// <summary>The items of a sequence of scalars (an exec-form command), or the one scalar of a string form.</summary>
    public static IReadOnlyList<string> Strings(YamlNode? node) => node switch
    {
        YamlSequenceNode sequence => [.. sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "")],
        YamlScalarNode { Value: { } value } => [value],
        _ => [],
    };

    /// <summary>The keys and scalar values of a mapping (an <c>environment:</c> block).</summary>
    public static IReadOnlyDictionary<string, string> Map(YamlNode? node) =>
        node is YamlMappingNode mapping
            ? mapping.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value ?? "", c => (c.Value as YamlScalarNode)?.Value ?? "", StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
}
