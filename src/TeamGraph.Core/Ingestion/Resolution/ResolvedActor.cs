namespace TeamGraph.Core.Ingestion.Resolution;

/// <summary>A name resolved to a role (by code), a group or an external actor (by canonical name).</summary>
/// <param name="Kind">What the name means.</param>
/// <param name="Key">The role code, or the group's or external actor's canonical name.</param>
public sealed record ResolvedActor(ActorKind Kind, string Key);
