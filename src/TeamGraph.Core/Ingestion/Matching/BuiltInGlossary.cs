using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Ingestion.Matching;

/// <summary>The built-in glossary (<c>built-in-glossary.md</c>, embedded), read once with the registry's own table reader.</summary>
internal static class BuiltInGlossary
{
    private static readonly Lazy<IReadOnlyList<GlossaryEntry>> Loaded = new(Load);

    public static IReadOnlyList<GlossaryEntry> Entries => Loaded.Value;

    private static IReadOnlyList<GlossaryEntry> Load()
    {
        using var stream = typeof(BuiltInGlossary).Assembly.GetManifestResourceStream("TeamGraph.Core.built-in-glossary.md")
            ?? throw new InvalidOperationException("The built-in glossary is missing from TeamGraph.Core.");
        using var reader = new StreamReader(stream);
        var diagnostics = new List<Diagnostic>();
        var glossary = TeamRegistryReader.Read("built-in-glossary.md", reader.ReadToEnd(), diagnostics).Glossary;
        return diagnostics.Count == 0 ? glossary : throw new InvalidOperationException($"The built-in glossary does not read cleanly: {diagnostics[0].Message}");
    }
}
