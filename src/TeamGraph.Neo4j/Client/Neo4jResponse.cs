namespace TeamGraph.Neo4j.Client;

/// <summary>A decoded Query API answer: the result, and the transaction it left open (if any).</summary>
/// <param name="Result">The statement's result (empty when the request ran no statement).</param>
/// <param name="TransactionId">The open transaction's id; absent when the transaction is closed (committed or failed).</param>
/// <param name="Expires">When the open transaction expires if left idle.</param>
internal sealed record Neo4jResponse(Neo4jResult Result, string? TransactionId, DateTimeOffset? Expires)
{
    public static Neo4jResponse Empty { get; } = new(new Neo4jResult([], [], []), null, null);
}
