// The GraphQL the explorer sends; it asks only for what it draws or shows.
const source = 'source { path line url }';

export const rolesQuery = `query ExplorerRoles {
  roles(first: 1000) { items { id code name documented } }
}`;

// Asked only for a name in the link that matches no role in the list: the API's UNKNOWN_ACTOR error says which
// actors are closest.
export const actorQuery = `query ExplorerActor($id: ID!) {
  actor(id: $id) { id name }
}`;

export const neighbourhoodQuery = `query ExplorerNeighbourhood($id: ID!, $depth: Int!) {
  downstream: reachable(from: $id, direction: DOWNSTREAM, maxHops: $depth) { hops actor { id name __typename } }
  upstream: reachable(from: $id, direction: UPSTREAM, maxHops: $depth) { hops actor { id name __typename } }
  centre: actor(id: $id) { id name __typename }
  handoffs { items { id what status from { id name __typename } to { id name __typename } } }
}`;

export const chainsQuery = `query ExplorerChains($from: ID!, $to: ID!, $maxHops: Int!, $first: Int!) {
  handoffChains(from: $from, to: $to, maxHops: $maxHops, first: $first) {
    totalCount
    totalCountExact
    items {
      length
      hops { what fromGroup viaGroup handoff { status } from { id name __typename } to { id name __typename } }
    }
  }
  fromActor: actor(id: $from) { id name __typename }
  toActor: actor(id: $to) { id name __typename }
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
