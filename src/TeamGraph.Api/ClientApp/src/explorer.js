// The explorer: pick a role (its neighbourhood) or two roles (the handoff chains between them), see it as a mermaid
// diagram built here from the /graphql answers, click a node to read that role's card facts and their sources.
import './explorer.css';
import mermaid from 'mermaid';
import { query } from './graphql-client.js';
import { chains, neighbourhood } from './flowchart.js';
import { actorCardQuery, actorQuery, chainsQuery, neighbourhoodQuery, rolesQuery } from './explorer-queries.js';
import { chainCount, renderActor, renderChains, renderRole } from './role-card.js';

const endpoint = new URL('graphql', document.baseURI).href;
const form = document.getElementById('controls');
const status = document.getElementById('status');
const diagram = document.getElementById('diagram');
const chainList = document.getElementById('chain-list');
const details = document.getElementById('details');
const mermaidText = document.getElementById('mermaid-text');

// 'strict' keeps mermaid from running anything found in labels; clicks are wired to the rendered SVG below instead.
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', flowchart: { htmlLabels: true } });

let renderCount = 0;

// The chain view asks for a page of chains and offers the next page, up to the API's cap on one answer.
const chainPage = 20;
const maxChainsShown = 100;
let shownChains = chainPage;

function say(text, isError = false) {
  status.textContent = text;
  status.classList.toggle('error', isError);
}

function selectedMode() {
  return form.elements.mode.value;
}

function syncMode() {
  form.dataset.mode = selectedMode();
}

async function loadRoles() {
  const data = await query(endpoint, rolesQuery);
  const roles = data.roles.items.filter(Boolean).sort((a, b) => a.name.localeCompare(b.name));
  for (const select of [form.elements.from, form.elements.to]) {
    select.replaceChildren(...roles.map((role) => new Option(`${role.name} (${role.code})`, role.code)));
  }
  return roles;
}

async function draw(chart, highlight) {
  const text = chart.text(highlight);
  mermaidText.textContent = text;
  renderCount += 1;
  const { svg, bindFunctions } = await mermaid.render(`explorer-diagram-${renderCount}`, text);
  diagram.innerHTML = svg;
  bindFunctions?.(diagram);
  for (const node of diagram.querySelectorAll('g.node')) {
    // Mermaid names a flowchart node's group "<diagram>-flowchart-<node id>-<n>" (or "flowchart-<node id>-<n>").
    const match = /(?:^|-)flowchart-(n\d+)-\d+$/.exec(node.id);
    const actor = match && chart.nodes.get(match[1]);
    if (!actor) {
      continue;
    }
    node.dataset.actorId = actor.id;
    node.setAttribute('role', 'button');
    node.setAttribute('tabindex', '0');
    node.setAttribute('aria-label', actor.name);
    node.addEventListener('click', () => openActor(actor.id, node));
    node.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        openActor(actor.id, node);
      }
    });
  }
}

async function openActor(actorId, node) {
  for (const selected of diagram.querySelectorAll('g.node.selected')) {
    selected.classList.remove('selected');
  }
  node?.classList.add('selected');
  try {
    const { actor } = await query(endpoint, actorCardQuery, { id: actorId });
    if (actor.__typename === 'Role') {
      renderRole(details, actor);
    } else {
      renderActor(details, actor);
    }
  } catch (error) {
    say(`Could not load ${actorId}: ${error.message}`, true);
  }
}

async function show() {
  const mode = selectedMode();
  const from = form.elements.from.value;
  const to = form.elements.to.value;
  const params = mode === 'chains'
    ? { mode, from, to, maxHops: form.elements.maxHops.value, shown: String(shownChains) }
    : { mode, role: from, depth: form.elements.depth.value };
  history.replaceState(null, '', `?${new URLSearchParams(params)}`);
  chainList.replaceChildren();
  say('Loading…');
  try {
    if (mode === 'chains') {
      const data = await query(endpoint, chainsQuery, { from, to, maxHops: Number(params.maxHops), first: shownChains });
      if (!data.fromActor || !data.toActor) {
        throw new Error(`no actor ${data.fromActor ? to : from}`);
      }
      const connection = data.handoffChains;
      await draw(chains(data), [data.fromActor.id, data.toActor.id]);
      const next = Math.min(shownChains + chainPage, maxChainsShown);
      renderChains(chainList, connection, next > shownChains ? {
        label: `Show ${Math.min(next, connection.totalCount) - connection.items.length} more`,
        show: () => {
          shownChains = next;
          show();
        },
      } : null);
      say(connection.totalCount === 0
        ? `No chain of at most ${params.maxHops} handoffs from ${data.fromActor.name} to ${data.toActor.name}.`
        : `${chainCount(connection)} chains from ${data.fromActor.name} to ${data.toActor.name} shown. Click a node to see its card.`);
    } else {
      const data = await query(endpoint, neighbourhoodQuery, { id: from, depth: Number(params.depth) });
      if (!data.centre) {
        throw new Error(`no actor ${from}`);
      }
      const chart = neighbourhood(data);
      await draw(chart, [data.centre.id]);
      say(`${chart.nodes.size} actors within ${params.depth} handoff(s) of ${data.centre.name}. Click a node to see its card.`);
    }
  } catch (error) {
    diagram.replaceChildren();
    say(`Could not draw the diagram: ${error.message}`, true);
  }
}

// Applies the link's parameters to the form; returns whether it asks for a diagram, and the names in it that match
// no role in the list (the diagram is then not drawn: the role picked instead would be another's).
function applyLocation() {
  const params = new URLSearchParams(location.search);
  const unknown = [];
  const pick = (select, value) => {
    if (value === null) {
      return;
    }
    const wanted = value.toLowerCase();
    const option = [...select.options].find((o) => o.value.toLowerCase() === wanted);
    if (option) {
      select.value = option.value;
    } else {
      unknown.push(value);
    }
  };
  const mode = params.get('mode') ?? (params.has('to') ? 'chains' : 'neighbourhood');
  form.elements.mode.value = mode === 'chains' ? 'chains' : 'neighbourhood';
  pick(form.elements.from, params.get('from') ?? params.get('role'));
  pick(form.elements.to, mode === 'chains' ? params.get('to') : null);
  if (params.has('depth')) {
    form.elements.depth.value = params.get('depth');
  }
  if (params.has('maxHops')) {
    form.elements.maxHops.value = params.get('maxHops');
  }
  const shown = Number(params.get('shown'));
  shownChains = Number.isInteger(shown) && shown >= 1 ? Math.min(shown, maxChainsShown) : chainPage;
  syncMode();
  return { requested: params.has('role') || params.has('from'), unknown };
}

// The API's own answer for a name that is no role of the list: an actor it knows by another name, or why not.
async function explainUnknown(name) {
  try {
    const data = await query(endpoint, actorQuery, { id: name });
    say(`'${name}' is ${data.actor.name} (${data.actor.id}), which is not a role: pick a role from the list.`, true);
  } catch (error) {
    say(error.message, true);
  }
}

form.addEventListener('change', syncMode);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  shownChains = chainPage;
  show();
});

try {
  const roles = await loadRoles();
  if (roles.length > 1) {
    form.elements.to.selectedIndex = 1;
  }
  const { requested, unknown } = applyLocation();
  say(roles.length === 0 ? 'The served graph has no roles.' : 'Pick a role and press Show.');
  if (unknown.length > 0) {
    await explainUnknown(unknown[0]);
  } else if (requested && roles.length > 0) {
    await show();
  }
} catch (error) {
  say(`Could not load the roles: ${error.message}`, true);
}
