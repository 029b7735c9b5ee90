using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion.Building;

namespace TeamGraph.Core.Audit;

/// <summary>
/// The graph's one-sided handoffs by giver, by giver and receiver, and by giver and exact set of receivers, built once
/// from the <c>GIVES</c> relationships in the graph's order. The handoff-status rule asks for a handoff's lookalikes
/// and for the rows elimination left apart once per handoff; answered from here, a hub role's hundreds of handoffs
/// are not scanned again for each of them.
/// </summary>
internal sealed class OneSidedHandoffIndex
{
    private readonly Dictionary<string, List<GraphNode>> _byGiver = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Giver, string Receiver), List<(GraphNode Node, int Position)>> _byGiverAndReceiver = [];
    private readonly Dictionary<(string Giver, string Receivers), List<GraphNode>> _byGiverAndReceivers = [];

    public OneSidedHandoffIndex(AuditContext context)
    {
        foreach (var gives in context.Graph.Relationships)
        {
            if (gives.Type != RelationshipTypes.Gives
                || context.Graph.FindNode(gives.EndId) is not { Label: NodeLabels.Handoff } handoff
                || handoff.Get(HandoffProperties.Status) != HandoffStatus.OneSided)
            {
                continue;
            }

            var given = ListAt(_byGiver, gives.StartId);
            var receivers = context.Outgoing(handoff.Id, RelationshipTypes.To).Select(r => r.EndId).Distinct(StringComparer.Ordinal).ToList();
            foreach (var receiver in receivers)
            {
                ListAt(_byGiverAndReceiver, (gives.StartId, receiver)).Add((handoff, given.Count));
            }

            ListAt(_byGiverAndReceivers, (gives.StartId, Key(receivers))).Add(handoff);
            given.Add(handoff);
        }
    }

    /// <summary>The one-sided handoffs <paramref name="giver"/> gives, in the order of its <c>GIVES</c> relationships.</summary>
    public IReadOnlyList<GraphNode> GivenBy(string giver) => _byGiver.GetValueOrDefault(giver) ?? [];

    /// <summary>
    /// Those of <see cref="GivenBy"/> with a receiver among <paramref name="receivers"/>, each once, in the same order.
    /// </summary>
    public IEnumerable<GraphNode> GivenTo(string giver, IEnumerable<string> receivers)
    {
        var found = new Dictionary<string, (GraphNode Node, int Position)>(StringComparer.Ordinal);
        foreach (var receiver in receivers)
        {
            foreach (var (node, position) in _byGiverAndReceiver.GetValueOrDefault((giver, receiver)) ?? [])
            {
                if (!found.TryGetValue(node.Id, out var first) || position < first.Position)
                {
                    found[node.Id] = (node, position);
                }
            }
        }

        return found.Values.OrderBy(f => f.Position).Select(f => f.Node);
    }

    /// <summary>The one-sided handoffs from <paramref name="giver"/> whose receivers are exactly <paramref name="receivers"/> (as a set).</summary>
    public IReadOnlyList<GraphNode> Between(string giver, IEnumerable<string> receivers) =>
        _byGiverAndReceivers.GetValueOrDefault((giver, Key(receivers))) ?? [];

    private static string Key(IEnumerable<string> receivers) =>
        string.Join('\u001f', receivers.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private static List<TValue> ListAt<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var values))
        {
            index[key] = values = [];
        }

        return values;
    }
}
