// The baseline for bench/load/graphql-compare.sh: graphql-js (graphql-http over node:http) serving the graph TeamGraph
// exports (`teamgraph export <folder> --format jsonl`), with the schema fields the two compared queries select and
// resolvers over in-memory indexes built once at start, as a plain graphql-js server would have them.
// Usage: node server.mjs GRAPH.jsonl PORT [WORKERS=2]  (graphql and graphql-http must be resolvable from the cwd).
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

// The packages live in the temporary folder the script installs them into (the working directory), not next to this file.
const require = createRequire(`${process.cwd()}/`);
const {
  GraphQLSchema, GraphQLObjectType, GraphQLInterfaceType, GraphQLNonNull, GraphQLList, GraphQLString, GraphQLInt, GraphQLID,
} = require('graphql');
const { createHandler } = require('graphql-http/lib/use/http');

const [graphFile, port, workers = '2'] = process.argv.slice(2);

if (cluster.isPrimary) {
  for (let i = 0; i < Number(workers); i++) cluster.fork();
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers)) worker.process.kill();
    process.exit(0);
  });
} else {
  serve();
}

function serve() {
  const graph = load(graphFile);
  const list = (type) => new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(type)));
  const text = (key) => ({ type: GraphQLString, resolve: (node) => node.properties[key] ?? null });
  const required = (key) => ({ type: new GraphQLNonNull(GraphQLString), resolve: (node) => node.properties[key] });

  const Actor = new GraphQLInterfaceType({
    name: 'Actor',
    fields: { name: { type: new GraphQLNonNull(GraphQLString) } },
    resolveType: (node) => node.labels[0],
  });
  const actorType = (name, extra = {}) => new GraphQLObjectType({
    name, interfaces: [Actor], fields: () => ({ name: required('name'), ...extra }),
  });
  const Source = new GraphQLObjectType({
    name: 'Source',
    fields: { path: { type: new GraphQLNonNull(GraphQLString) }, line: { type: GraphQLInt } },
  });
  // Lists of facts resolve to { node, relationship } pairs, as TeamGraph's do.
  const Skill = new GraphQLObjectType({
    name: 'Skill',
    fields: {
      name: { type: new GraphQLNonNull(GraphQLString), resolve: ({ node }) => displayName(node) },
      kind: { type: GraphQLString, resolve: ({ relationship }) => relationship.label === 'HAS_SKILL' ? relationship.properties.kind ?? null : null },
    },
  });
  const Tool = new GraphQLObjectType({
    name: 'Tool',
    fields: { name: { type: new GraphQLNonNull(GraphQLString), resolve: ({ node }) => displayName(node) } },
  });
  const Responsibility = new GraphQLObjectType({
    name: 'Responsibility',
    fields: {
      text: { type: new GraphQLNonNull(GraphQLString), resolve: ({ node }) => node.properties.text },
      source: { type: new GraphQLNonNull(Source), resolve: ({ relationship }) => source(relationship.properties.source) },
    },
  });
  const Decision = new GraphQLObjectType({
    name: 'Decision',
    fields: { text: { type: new GraphQLNonNull(GraphQLString), resolve: ({ node }) => node.properties.text } },
  });
  const Handoff = new GraphQLObjectType({
    name: 'Handoff',
    fields: {
      what: required('what'),
      from: { type: Actor, resolve: (handoff) => graph.incoming(handoff.id, 'GIVES')[0]?.node ?? null },
      to: { type: list(Actor), resolve: (handoff) => graph.outgoing(handoff.id, 'TO').map((n) => n.node) },
    },
  });
  const Role = actorType('Role', {
    id: { type: new GraphQLNonNull(GraphQLID), resolve: (node) => node.id },
    code: required('code'),
    level: text('level'),
    mission: text('mission'),
    skills: { type: list(Skill), resolve: (role) => [...graph.outgoing(role.id, 'HAS_SKILL'), ...graph.outgoing(role.id, 'KNOWS')] },
    tools: { type: list(Tool), resolve: (role) => graph.outgoing(role.id, 'USES_TOOL') },
    responsibilities: { type: list(Responsibility), resolve: (role) => graph.outgoing(role.id, 'HAS_RESPONSIBILITY') },
    decisions: { type: list(Decision), resolve: (role) => graph.outgoing(role.id, 'DECIDES') },
    inputs: { type: list(Handoff), resolve: (role) => graph.handoffs(role.id, (id) => graph.incoming(id, 'TO')) },
    outputs: { type: list(Handoff), resolve: (role) => graph.handoffs(role.id, (id) => graph.outgoing(id, 'GIVES')) },
  });
  const Query = new GraphQLObjectType({
    name: 'Query',
    fields: {
      role: {
        type: Role,
        args: { id: { type: new GraphQLNonNull(GraphQLID) } },
        resolve: (_, { id }) => graph.role(id) ?? Promise.reject(new Error(`No role '${id}'.`)),
      },
    },
  });
  const schema = new GraphQLSchema({ query: Query, types: [actorType('Group'), actorType('ExternalActor')] });

  const handler = createHandler({ schema });
  createServer((request, response) => {
    if (request.url.startsWith('/graphql')) {
      handler(request, response);
    } else {
      response.writeHead(404).end();
    }
  }).listen(Number(port), '127.0.0.1');
}

/** The graph's nodes, and each node's relationships by type and direction, sorted by relationship id as TeamGraph's store answers. */
function load(file) {
  const nodes = new Map();
  const out = new Map();
  const into = new Map();
  const relationships = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const item = JSON.parse(line);
    if (item.type === 'node') nodes.set(item.id, item);
    else relationships.push(item);
  }

  const add = (index, key, entry) => (index.get(key) ?? index.set(key, []).get(key)).push(entry);
  relationships.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const relationship of relationships) {
    add(out, `${relationship.start.id}|${relationship.label}`, { relationship, node: nodes.get(relationship.end.id) });
    add(into, `${relationship.end.id}|${relationship.label}`, { relationship, node: nodes.get(relationship.start.id) });
  }

  const roles = new Map();
  for (const node of nodes.values()) {
    if (node.labels[0] !== 'Role') continue;
    for (const name of [node.properties.code, node.properties.name, ...(node.properties.aliases ?? [])]) {
      if (name && !roles.has(name.toLowerCase())) roles.set(name.toLowerCase(), node);
    }
  }

  const none = [];
  const graph = {
    outgoing: (id, type) => out.get(`${id}|${type}`) ?? none,
    incoming: (id, type) => into.get(`${id}|${type}`) ?? none,
    role: (id) => roles.get(id.toLowerCase()) ?? (nodes.get(id)?.labels[0] === 'Role' ? nodes.get(id) : undefined),
    /** The actor's handoffs and those of the groups it is a member of, once each, by handoff id. */
    handoffs: (actorId, of) => {
      const actors = [actorId, ...graph.outgoing(actorId, 'MEMBER_OF').map((n) => n.node.id)];
      const ids = [...new Set(actors.flatMap((id) => of(id).map((n) => n.node.id)))].sort();
      return ids.map((id) => nodes.get(id));
    },
  };
  return graph;
}

function displayName(node) {
  return node.properties.name ?? node.properties.path ?? node.properties.what ?? node.id;
}

/** A 'path:line' source as TeamGraph's Source type answers it. */
function source(value) {
  const colon = value.lastIndexOf(':');
  const line = Number(value.slice(colon + 1));
  return colon > 0 && Number.isInteger(line) ? { path: value.slice(0, colon), line } : { path: value, line: null };
}
