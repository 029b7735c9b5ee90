namespace TeamGraph.Core.Store;

/// <summary>Which relationships of a node to follow.</summary>
public enum RelationshipDirection
{
    /// <summary>Relationships that start at the node.</summary>
    Outgoing,

    /// <summary>Relationships that end at the node.</summary>
    Incoming,

    /// <summary>Both.</summary>
    Both,
}
