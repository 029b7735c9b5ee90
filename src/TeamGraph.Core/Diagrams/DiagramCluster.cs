namespace TeamGraph.Core.Diagrams;

/// <summary>The box drawn for a group with members in the view.</summary>
/// <param name="GroupId">The group's graph id.</param>
/// <param name="ParentGroupId">The group whose box holds this one (its members are a subset of the parent's), or <see langword="null"/>.</param>
/// <param name="NodeIds">The nodes placed directly in this box (not in a nested one), sorted by id; never the group itself.</param>
public sealed record DiagramCluster(string GroupId, string? ParentGroupId, IReadOnlyList<string> NodeIds);
