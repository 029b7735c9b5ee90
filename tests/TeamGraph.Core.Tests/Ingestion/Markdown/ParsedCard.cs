using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Markdown;

namespace TeamGraph.Core.Tests.Ingestion.Markdown;

/// <summary>A card parsed in a test, with the diagnostics the parse reported.</summary>
internal sealed record ParsedCard(RoleCard Card, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static ParsedCard FromText(string path, string text)
    {
        var diagnostics = new List<Diagnostic>();
        var card = new RoleCardParser().Parse(path, text, diagnostics);
        return new ParsedCard(card, diagnostics);
    }

    /// <summary>Parses tests/data/markdown/<paramref name="fileName"/>, with the path the ingester would give it.</summary>
    public static ParsedCard FromData(string fileName) =>
        FromText("markdown/" + fileName, File.ReadAllText(TestPaths.Data("markdown", fileName)));

    public Diagnostic Single(string code) => Assert.Single(Diagnostics, diagnostic => diagnostic.Code == code);
}
