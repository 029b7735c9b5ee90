namespace TeamGraph.Core.Ingestion.Resolution;

/// <summary>What a name in a card turned out to mean.</summary>
public enum ActorKind
{
    /// <summary>A team role, documented (has a card) or not.</summary>
    Role,

    /// <summary>A named group of roles ("Developers", "Team").</summary>
    Group,

    /// <summary>A party outside the team or a system ("Stakeholders", "Monitoring").</summary>
    ExternalActor,
}
