using TeamGraph.Core.Cards;
using TeamGraph.Core.Ingestion.Building;
using TeamGraph.Core.Ingestion.Mermaid;

namespace TeamGraph.Core.Tests;

/// <summary>Builds small role cards for tests of the stages after Markdown parsing.</summary>
internal static class CardFactory
{
    public static RoleCard Card(string path, string code, string name) => new()
    {
        Path = path,
        Title = new SourcedText(name, new SourceRef(path, 1)),
        Identity = new CardIdentity(new SourcedText(name, new SourceRef(path, 5)), null, new SourcedText(code, new SourceRef(path, 7)), null, []),
    };

    public static PartyCell Party(string raw, params string[] names) => new(raw, names, null);

    public static FlowEntry Flow(string path, int line, string party, string what, string? format = null) =>
        new(Party(party, party), what, format, new SourceRef(path, line));

    public static SourceDocument Document(RoleCard card, params MermaidFlowchart[] charts) => new(card.Path, "00", card, charts);

    public static MermaidFlowchart Chart(string path, params (string Id, string Label)[] nodes) =>
        new("LR", [.. nodes.Select((n, i) => new MermaidNode(n.Id, n.Label, MermaidNodeShape.Rectangle, true, new SourceRef(path, 40 + i)))], [], [], new SourceRef(path, 39));
}
