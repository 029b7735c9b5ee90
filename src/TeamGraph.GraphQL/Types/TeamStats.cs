namespace TeamGraph.GraphQL.Types;

/// <summary>Counts of what is served.</summary>
internal sealed record TeamStats(
    string Folder, int Documents, int Nodes, int Relationships, int Roles, int DocumentedRoles, int Handoffs, int Errors, int Warnings, int Findings);
