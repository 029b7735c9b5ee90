// The GraphQL the explorer sends; it asks only for what it draws or shows.
const source = 'source { path line url }';

export const rolesQuery = `query ExplorerRoles {
  roles(first: 1000) { items { id code name } }
}`;

// Asked only for a name in the link that matches no role in the list: the API's UNKNOWN_ACTOR error says which
// actors are closest.
export const actorQuery = `query ExplorerActor($id: ID!) {
  actor(id: $id) { id name __typename }
}`;

// The diagrams are the API's own (the same text `teamgraph diagram` writes): the page only draws them, and finds each
// actor's shape by its key in `nodes`.
const diagramFields = 'text nodeCount edgeCount nodes { key cluster actor { id name __typename } }';

export const neighbourhoodQuery = `query ExplorerNeighbourhood($id: ID!, $depth: Int!) {
  centre: actor(id: $id) { id name }
  diagram(scope: { role: $id, depth: $depth }) { ${diagramFields} }
}`;

// The chains listed and the diagram of the same chains: `first` of them, shortest first.
export const chainsQuery = `query ExplorerChains($from: ID!, $to: ID!, $maxHops: Int!, $first: Int!) {
  handoffChains(from: $from, to: $to, maxHops: $maxHops, first: $first) {
    totalCount
    totalCountExact
    items {
      length
      hops { what from { id name } to { id name } }
    }
  }
  fromActor: actor(id: $from) { id name }
  toActor: actor(id: $to) { id name }
  diagram(scope: { from: $from, to: $to, maxHops: $maxHops, maxPaths: $first }) { ${diagramFields} }
}`;

// The whole team, filtered as the form says; an absent filter is the API's default.
export const teamQuery = `query ExplorerTeam($kinds: [EdgeKind!], $statuses: [HandoffStatus!], $groups: [ID!], $documented: Boolean, $merge: DiagramMergeMode) {
  diagram(scope: { team: true }, kinds: $kinds, statuses: $statuses, groups: $groups, documented: $documented, mergeParallel: $merge) { ${diagramFields} }
}`;

// The groups the team filter offers: those the whole team's diagram of every kind draws (a group with no member and
// no relationship draws nothing, filtered or not).
export const groupsQuery = `query ExplorerGroups {
  diagram(scope: { team: true }, kinds: [HANDOFF, COLLABORATION, ESCALATION, APPROVAL, COMMUNICATION], legend: false) {
    nodes { actor { id name __typename } }
  }
}`;

// One query for any actor: a role's whole card, a group's members, where an outside party is named.
export const actorCardQuery = `query ExplorerActorCard($id: ID!) {
  actor(id: $id) {
    id name __typename
    ... on Role {
      code level mission documented aliases ${source}
      skills { name kind usage ${source} }
      tools { name usage ${source} }
      responsibilities { text kind share ${source} }
      decisions { text ${source} }
      approvals { decision note approvers { actor { name } } ${source} }
      escalations { situation urgency contacts { actor { name } } ${source} }
      communications { with { name } frequency format ${source} }
      qualityStandards { aspect criterion ${source} }
      inputs { what format from { id name } sources { path line url } }
      outputs { what format to { id name } sources { path line url } }
    }
    ... on Group { members { id name } ${source} }
    ... on ExternalActor { ${source} }
  }
}`;
