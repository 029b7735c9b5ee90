// Renders a role's card facts, each with where it is written (path:line), into the details panel. Text from the
// documents goes in as text nodes only, never as HTML.

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  if (className) {
    node.className = className;
  }
  return node;
}

// Where facts are written, as `path:line`: a link to the document when the API gives its URL (the server's
// SourceLinkTemplate), plain text otherwise. Only http(s) URLs become links.
function sourceNodes(sources) {
  const nodes = [];
  for (const source of sources.filter(Boolean)) {
    if (nodes.length > 0) {
      nodes.push(document.createTextNode(', '));
    }
    const text = `${source.path}:${source.line}`;
    if (source.url && /^https?:\/\//i.test(source.url)) {
      const link = element('a', text, 'source-link');
      link.href = source.url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      nodes.push(link);
    } else {
      nodes.push(document.createTextNode(text));
    }
  }
  return nodes;
}

// An element of `className` holding `prefix` and the sources, or null when there are none.
function sourceElement(tag, sources, prefix = '') {
  const nodes = sourceNodes(sources);
  if (nodes.length === 0) {
    return null;
  }
  const node = element(tag, prefix || undefined, 'source');
  node.append(...nodes);
  return node;
}

function factList(title, items, describe) {
  const section = document.createDocumentFragment();
  if (!items || items.length === 0) {
    return section;
  }
  section.append(element('h3', `${title} (${items.length})`));
  const list = element('ul');
  for (const item of items) {
    const { text, sources } = describe(item);
    const entry = element('li', text);
    const where = sourceElement('span', sources);
    if (where) {
      entry.append(where);
    }
    list.append(entry);
  }
  section.append(list);
  return section;
}

const names = (actors) => actors.map((a) => a.name).join(', ');
const contacts = (list) => names(list.map((c) => c.actor));

// The card's responsibility tables by kind, in the card's own order of importance; a kind the API does not name
// here still gets its own list.
const responsibilityTitles = { primary: 'Responsibilities', secondary: 'Also responsible for', 'not-responsible': 'Not responsible for' };

function responsibilitiesByKind(responsibilities) {
  const groups = new Map(Object.keys(responsibilityTitles).map((kind) => [kind, []]));
  for (const responsibility of responsibilities) {
    const kind = responsibility.kind ?? 'other';
    if (!groups.has(kind)) {
      groups.set(kind, []);
    }
    groups.get(kind).push(responsibility);
  }
  return [...groups].map(([kind, items]) => factList(responsibilityTitles[kind] ?? `Responsibilities (${kind})`, items,
    (r) => ({ text: r.share ? `${r.text} (${r.share})` : r.text, sources: [r.source] })));
}
const withUsage = (name, usage) => (usage ? `${name}: ${usage}` : name);

export function renderRole(panel, role) {
  panel.replaceChildren();
  const heading = element('h2', role.code && role.code !== role.name ? `${role.name} (${role.code})` : role.name);
  heading.dataset.actorId = role.id;
  panel.append(heading);
  const facts = [role.level, role.documented ? null : 'no card of its own', ...(role.aliases.length ? [`also: ${role.aliases.join(', ')}`] : [])]
    .filter(Boolean).join(' · ');
  if (facts) {
    panel.append(element('p', facts));
  }
  if (role.mission) {
    panel.append(element('p', role.mission));
  }
  const card = sourceElement('p', [role.source], 'Card: ');
  if (card) {
    panel.append(card);
  }
  panel.append(
    ...responsibilitiesByKind(role.responsibilities),
    factList('Decisions', role.decisions, (d) => ({ text: d.text, sources: [d.source] })),
    factList('Needs approval', role.approvals, (a) => ({
      text: [a.decision, a.approvers.length ? `approved by ${contacts(a.approvers)}` : null, a.note].filter(Boolean).join(' · '),
      sources: [a.source],
    })),
    factList('Escalates', role.escalations, (e) => ({
      text: [e.situation, e.urgency, e.contacts.length ? `to ${contacts(e.contacts)}` : null].filter(Boolean).join(' · '),
      sources: [e.source],
    })),
    factList('Communicates', role.communications, (c) => ({
      text: [`with ${names(c.with)}`, c.frequency, c.format].filter(Boolean).join(' · '),
      sources: [c.source],
    })),
    factList('Quality standards', role.qualityStandards, (q) => ({ text: q.criterion ? `${q.aspect}: ${q.criterion}` : q.aspect, sources: [q.source] })),
    factList('Skills', role.skills, (s) => ({ text: withUsage(s.kind ? `${s.name} [${s.kind}]` : s.name, s.usage), sources: [s.source] })),
    factList('Tools', role.tools, (t) => ({ text: withUsage(t.name, t.usage), sources: [t.source] })),
    factList('Receives', role.inputs, (h) => ({ text: `${h.what} from ${h.from?.name ?? '?'}`, sources: h.sources })),
    factList('Gives', role.outputs, (h) => ({ text: `${h.what} to ${names(h.to)}`, sources: h.sources })),
  );
}

export function renderActor(panel, actor) {
  panel.replaceChildren();
  const kind = actor.__typename === 'Group' ? 'group' : 'outside party';
  const heading = element('h2', `${actor.name} (${kind})`);
  heading.dataset.actorId = actor.id;
  panel.append(heading);
  const named = sourceElement('p', [actor.source], 'Named in: ');
  if (named) {
    panel.append(named);
  }
  if (actor.members) {
    panel.append(factList('Members', actor.members, (m) => ({ text: m.name, sources: [] })));
  }
}

// "20 of 26", or "100 of 1000+" when the API stopped counting.
export function chainCount(connection) {
  const total = `${connection.totalCount}${connection.totalCountExact ? '' : '+'}`;
  return connection.items.length < connection.totalCount ? `${connection.items.length} of ${total}` : total;
}

// The chains as steps; `more` (when given) is offered as a button while the API has more than are shown.
export function renderChains(panel, connection, more) {
  const list = element('ol');
  list.id = 'chains';
  for (const chain of connection.items) {
    const steps = chain.hops.map((hop) => `${hop.from.name} —${hop.what}→ ${hop.to.name}`).join(' ⇒ ');
    list.append(element('li', steps));
  }
  panel.append(element('h3', `Chains (${chainCount(connection)})`), list);
  if (more && connection.items.length < connection.totalCount) {
    const button = element('button', more.label);
    button.type = 'button';
    button.id = 'more-chains';
    button.addEventListener('click', more.show);
    panel.append(button);
  }
}
