namespace TeamGraph.Core.Queries;

/// <summary>Which way a reachability query follows handoffs.</summary>
public enum HandoffDirection
{
    /// <summary>To the actors the start actor hands work to, and on from them.</summary>
    Downstream,

    /// <summary>To the actors that hand work to the start actor, and back from them.</summary>
    Upstream,
}
