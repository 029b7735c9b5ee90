// Builds mermaid flowchart text from the explorer's query answers; node ids are n0, n1, ... and `nodes` maps them
// back to actor ids so that a click on the rendered node can open the actor.

const shapes = {
  Role: (label) => `["${label}"]`,
  Group: (label) => `(["${label}"])`,
  ExternalActor: (label) => `[/"${label}"/]`,
};

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
  constructor() {
    this.nodes = new Map(); // node id -> actor
    this.byActor = new Map(); // actor id -> node id
    this.edges = new Map(); // "a->b" -> labels
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

  edge(from, to, label) {
    const key = `${this.node(from)}-->${this.node(to)}`;
    const labels = this.edges.get(key) ?? new Set();
    if (label) {
      labels.add(label);
    }
    this.edges.set(key, labels);
  }

  text(highlight) {
    const lines = ['flowchart LR'];
    for (const [id, actor] of this.nodes) {
      const shape = shapes[actor.__typename] ?? shapes.Role;
      lines.push(`  ${id}${shape(escapeLabel(actor.name))}`);
    }
    for (const [key, labels] of this.edges) {
      const [from, to] = key.split('-->');
      const label = edgeLabel([...labels]);
      lines.push(label ? `  ${from} -->|"${escapeLabel(label)}"| ${to}` : `  ${from} --> ${to}`);
    }
    const marked = (highlight ?? []).map((actorId) => this.byActor.get(actorId)).filter(Boolean);
    if (marked.length > 0) {
      lines.push('  classDef focus stroke-width:3px,font-weight:bold');
      lines.push(`  class ${marked.join(',')} focus`);
    }
    return lines.join('\n');
  }
}

// The neighbourhood: the role, the actors within `depth` handoffs either way, and every handoff among them.
export function neighbourhood(data) {
  const chart = new Flowchart();
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
      chart.edge(handoff.from, receiver, handoff.what);
    }
  }
  return chart;
}

// The union of the chains' hops: each hop is one edge labelled with what is handed over.
export function chains(data) {
  const chart = new Flowchart();
  chart.node(data.fromActor);
  for (const chain of data.handoffChains.items) {
    for (const hop of chain.hops) {
      chart.edge(hop.from, hop.to, hop.what);
    }
  }
  chart.node(data.toActor);
  return chart;
}
