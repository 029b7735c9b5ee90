namespace TeamGraph.Core.Queries;

/// <summary>
/// Someone to call or ask: a role, an outside party, or a group without members. Members of a named group are listed
/// one by one, each with the group.
/// </summary>
/// <param name="Id">The actor's node id.</param>
/// <param name="Label">The node label.</param>
/// <param name="Name">The actor's name, or its code when it has none.</param>
/// <param name="ViaGroup">The group id the card named, when this actor is listed as one of its members.</param>
public sealed record Contact(string Id, string Label, string Name, string? ViaGroup);
