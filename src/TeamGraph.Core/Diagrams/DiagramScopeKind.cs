namespace TeamGraph.Core.Diagrams;

/// <summary>What part of the team a diagram shows.</summary>
public enum DiagramScopeKind
{
    /// <summary>Every actor.</summary>
    Team,

    /// <summary>One role and the actors within <see cref="DiagramScope.Depth"/> relationships of it.</summary>
    Neighbourhood,

    /// <summary>The handoff chains from one role to another.</summary>
    Chains,

    /// <summary>An explicit set of roles and the relationships among them.</summary>
    Roles,
}
