using System.Reflection;

namespace TeamGraph.Api.Ui;

/// <summary>The example queries of <c>docs/examples/*.graphql</c>, embedded in this assembly and opened as GraphiQL's tabs.</summary>
internal static class ExampleQueries
{
    private const string ResourcePrefix = "TeamGraph.Api.Examples.";

    /// <summary>One example: its file name without extension, and its text.</summary>
    public sealed record Example(string Name, string Query);

    /// <summary>Every embedded example, in file-name order.</summary>
    public static IReadOnlyList<Example> All { get; } = Load(typeof(ExampleQueries).Assembly);

    private static List<Example> Load(Assembly assembly) =>
        [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".graphql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new Example(name[ResourcePrefix.Length..^".graphql".Length], Read(assembly, name)))];

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
