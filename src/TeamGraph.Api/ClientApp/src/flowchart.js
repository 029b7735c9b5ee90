// Builds mermaid flowchart text from the explorer's query answers; node ids are n0, n1, ... and `nodes` maps them
// back to actor ids so that a click on the rendered node can open the actor.

// The shapes, colours and status marks of the server's diagrams (TeamGraph.Core's MermaidDiagramWriter), so a diagram
// means the same here as in the API's `diagram` answer: outside parties rounded, groups as hexagons, undocumented
// roles orange and dashed; one-sided and conflicting handoffs red and dashed with a ⚠, probable ones "(probable?)".
const shapes = {
  Role: (label) => `["${label}"]`,
  Group: (label) => `{{"${label}"}}`,
  ExternalActor: (label) => `(["${label}"])`,
};

export const nodeStyles = {
  undocumented: 'fill:#FFF4E5,stroke:#E65100,stroke-dasharray:4 3',
  external: 'fill:#ECEFF1,stroke:#607D8B',
  group: 'fill:#F3E5F5,stroke:#8E24AA',
  focus: 'stroke-width:3px,font-weight:bold',
};

export const edgeStyles = {
  handoff: 'stroke:#37474F,stroke-width:1.5px',
  flagged: 'stroke:#D32F2F,stroke-width:2px,stroke-dasharray:6 4',
};

const flaggedStatuses = { ONE_SIDED: 'one-sided', CONFLICTING: 'conflicting' };

// The label of one handoff as the server writes it: a warning mark and the status for one-sided and conflicting ones.
export function handoffLabel(what, status) {
  if (flaggedStatuses[status]) {
    return `⚠ ${what} (${flaggedStatuses[status]})`;
  }
  return status === 'PROBABLE' ? `${what} (probable?)` : what;
}

export const isFlagged = (status) => Boolean(flaggedStatuses[status]);

// Mermaid labels are quoted strings: quotes and angle brackets become entity codes so text cannot break out.
export function escapeLabel(text) {
  return String(text)
    .replaceAll('&', '#amp;')
    .replaceAll('"', '#quot;')
    .replaceAll('<', '#lt;')
    .replaceAll('>', '#gt;')
    .replace(/[\r\n]+/g, ' ');
}

// Two roles can hand each other many things: the edge names a few and counts the rest, the card lists them all.
function edgeLabel(labels, shown = 3) {
  const more = labels.length - shown;
  return more > 0 ? `${labels.slice(0, shown).join('; ')}; +${more} more` : labels.join('; ');
}

export class Flowchart {
  // `undocumented`: the ids of roles that have no card of their own.
  constructor(undocumented = new Set()) {
    this.undocumented = undocumented;
    this.nodes = new Map(); // node id -> actor
    this.byActor = new Map(); // actor id -> node id
    this.edges = new Map(); // "a->b" plus whether flagged -> { from, to, flagged, labels, probable }
  }

  node(actor) {
    let id = this.byActor.get(actor.id);
    if (!id) {
      id = `n${this.byActor.size}`;
      this.byActor.set(actor.id, id);
      this.nodes.set(id, actor);
    }
    return id;
  }

  // A handoff from one actor to another; those of one status kind between the same two actors share an edge, as in
  // the server's diagrams, so a warning is never hidden in a plain edge.
  edge(from, to, what, status) {
    const flagged = isFlagged(status);
    const key = `${this.node(from)}->${this.node(to)}${flagged ? '!' : ''}`;
    const edge = this.edges.get(key) ?? { from: this.node(from), to: this.node(to), flagged, labels: new Set(), probable: false };
    if (what) {
      edge.labels.add(handoffLabel(what, status));
    }
    edge.probable ||= status === 'PROBABLE';
    this.edges.set(key, edge);
  }

  // The class of a node's style, or null for a documented role.
  nodeClass(actor) {
    if (actor.__typename === 'Group') {
      return 'group';
    }
    if (actor.__typename === 'ExternalActor') {
      return 'external';
    }
    return this.undocumented.has(actor.id) ? 'undocumented' : null;
  }

  // What the legend lists: the node and edge styles this diagram draws, in a fixed order.
  styles(highlight) {
    const drawn = new Set();
    for (const actor of this.nodes.values()) {
      drawn.add(this.nodeClass(actor) ?? 'role');
    }
    for (const edge of this.edges.values()) {
      drawn.add(edge.flagged ? 'flagged' : 'handoff');
      if (edge.probable) {
        drawn.add('probable');
      }
    }
    if ((highlight ?? []).some((actorId) => this.byActor.has(actorId))) {
      drawn.add('focus');
    }
    return ['focus', 'role', 'undocumented', 'group', 'external', 'handoff', 'flagged', 'probable'].filter((s) => drawn.has(s));
  }

  text(highlight) {
    const lines = ['flowchart LR'];
    const classes = new Map();
    for (const [id, actor] of this.nodes) {
      const shape = shapes[actor.__typename] ?? shapes.Role;
      lines.push(`  ${id}${shape(escapeLabel(actor.name))}`);
      const name = this.nodeClass(actor);
      if (name) {
        classes.set(name, [...(classes.get(name) ?? []), id]);
      }
    }
    const linkStyles = new Map(); // style -> the indexes of its edges, in the order they are written
    let index = 0;
    for (const edge of this.edges.values()) {
      const label = edgeLabel([...edge.labels]);
      lines.push(label ? `  ${edge.from} -->|"${escapeLabel(label)}"| ${edge.to}` : `  ${edge.from} --> ${edge.to}`);
      const style = edge.flagged ? edgeStyles.flagged : edgeStyles.handoff;
      linkStyles.set(style, [...(linkStyles.get(style) ?? []), index]);
      index += 1;
    }
    const marked = (highlight ?? []).map((actorId) => this.byActor.get(actorId)).filter(Boolean);
    if (marked.length > 0) {
      classes.set('focus', marked);
    }
    for (const [name, ids] of classes) {
      lines.push(`  classDef ${name} ${nodeStyles[name]}`);
      lines.push(`  class ${ids.join(',')} ${name}`);
    }
    for (const [style, list] of linkStyles) {
      lines.push(`  linkStyle ${list.join(',')} ${style}`);
    }
    return lines.join('\n');
  }
}

// The neighbourhood: the role, the actors within `depth` handoffs either way, and every handoff among them.
export function neighbourhood(data, undocumented) {
  const chart = new Flowchart(undocumented);
  const members = new Set([data.centre.id]);
  chart.node(data.centre);
  for (const reached of [...data.upstream, ...data.downstream]) {
    members.add(reached.actor.id);
    chart.node(reached.actor);
  }
  for (const handoff of data.handoffs.items) {
    if (!handoff.from || !members.has(handoff.from.id)) {
      continue;
    }
    for (const receiver of handoff.to.filter((actor) => members.has(actor.id))) {
      chart.edge(handoff.from, receiver, handoff.what, handoff.status);
    }
  }
  return chart;
}

// The union of the chains' hops: each hop is one edge labelled with what is handed over.
export function chains(data, undocumented) {
  const chart = new Flowchart(undocumented);
  chart.node(data.fromActor);
  for (const chain of data.handoffChains.items) {
    for (const hop of chain.hops) {
      chart.edge(hop.from, hop.to, hop.what, hop.handoff.status);
    }
  }
  chart.node(data.toActor);
  return chart;
}
