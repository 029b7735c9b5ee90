using TeamGraph.Core.Ingestion.Building;

namespace TeamGraph.Core.Tests.Matching;

/// <summary>
/// What became of one key handoff: the <c>Handoff</c> nodes each of its rows landed in, whether they are exactly one
/// node holding exactly its rows, that node's status, and the other key handoffs whose rows share its nodes.
/// </summary>
internal sealed record HandoffOutcome(
    KeyHandoff Handoff,
    IReadOnlyList<(KeyRow Row, IReadOnlyList<string> Nodes)> RowNodes,
    IReadOnlyList<string> SharedWith,
    bool GroupedExactly,
    string? PredictedStatus)
{
    /// <summary>A status the matcher may add for a merge it is not sure of; the lenient accuracy reads it as CONFIRMED.</summary>
    public const string Probable = HandoffStatus.Probable;

    /// <summary>Every node any of its rows landed in, sorted.</summary>
    public IReadOnlyList<string> Nodes => [.. RowNodes.SelectMany(r => r.Nodes).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Grouped exactly and the node's status is the key's.</summary>
    public bool StatusRight => GroupedExactly && PredictedStatus == Handoff.Status;

    /// <summary>As <see cref="StatusRight"/>, but a node status PROBABLE counts as CONFIRMED.</summary>
    public bool LenientStatusRight => GroupedExactly && (PredictedStatus == Probable ? HandoffStatus.Confirmed : PredictedStatus) == Handoff.Status;

    /// <summary>One line: the id, parties and key status, then each row and the nodes it landed in.</summary>
    public string Describe()
    {
        var rows = string.Join("; ", RowNodes.Select(r => $"{r.Row.Table} '{r.Row.What}' ({r.Row.Card}) in {(r.Nodes.Count == 0 ? "no node" : string.Join(" + ", r.Nodes))}"));
        var shared = SharedWith.Count == 0 ? "" : $"; its node(s) also hold rows of {string.Join(", ", SharedWith)}";
        var status = PredictedStatus is null || PredictedStatus == Handoff.Status ? "" : $"; node status {PredictedStatus}";
        return $"{Handoff.Id} ({Handoff.From} → {Handoff.To}, {Handoff.Status}): {rows}{shared}{status}";
    }
}
