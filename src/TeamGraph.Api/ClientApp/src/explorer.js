// The explorer: pick a role (its neighbourhood), two roles (the handoff chains between them) or the whole team
// (filtered), see the API's mermaid diagram of it (the `diagram` field: the same text `teamgraph diagram` writes, its
// styles, title and legend included), pan and zoom it, export it, click a node to read that role's card facts and
// their sources. What is on screen (the view and the open card) is in the URL, so every view can be linked
// and the browser's back and forward buttons step through them.
import './explorer.css';
import mermaid from 'mermaid';
import { query } from './graphql-client.js';
import { actorCardQuery, actorQuery, chainsQuery, groupsQuery, neighbourhoodQuery, rolesQuery, teamQuery } from './explorer-queries.js';
import { chainCount, renderActor, renderChains, renderRole } from './role-card.js';
import { PanZoom } from './pan-zoom.js';
import { download, png, standaloneSvg } from './diagram-export.js';

const endpoint = new URL('graphql', document.baseURI).href;
const form = document.getElementById('controls');
const status = document.getElementById('status');
const diagram = document.getElementById('diagram');
const groupBox = document.getElementById('groups');
const toolbar = document.getElementById('diagram-toolbar');
const zoomLevel = document.getElementById('zoom-level');
const chainList = document.getElementById('chain-list');
const details = document.getElementById('details');
const mermaidText = document.getElementById('mermaid-text');
const emptyDetails = [...details.childNodes];

// 'strict' keeps mermaid from running anything found in labels; clicks are wired to the rendered SVG below instead.
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', htmlLabels: true });

const panZoom = new PanZoom(diagram, {
  onChange: (scale) => {
    zoomLevel.value = `${Math.round(scale * 100)}%`;
  },
  // The zoom level the user chose goes into the link (as a percentage), without a step in the history of its own.
  onUserEnd: (scale) => {
    const percent = Math.round(scale * 100);
    if (percent !== (shown.zoom ?? Math.round(panZoom.startScale * 100))) {
      shown.zoom = percent;
      history.replaceState(null, '', `?${linkParams()}`);
    }
  },
});

let renderCount = 0;
// What is drawn and open: the diagram's text and parameters (as in the URL, without the card), the open card, and
// the zoom level (a percentage) when the user changed it.
const shown = { key: null, text: null, fileName: 'teamgraph', card: null, zoom: null };

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
  const [data, groups] = await Promise.all([query(endpoint, rolesQuery), query(endpoint, groupsQuery)]);
  const roles = data.roles.items.filter(Boolean).sort((a, b) => a.name.localeCompare(b.name));
  const boxes = groups.diagram.nodes.map((node) => node.actor).filter((actor) => actor.__typename === 'Group')
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((group) => {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'groups';
      box.value = group.id;
      label.append(box, ` ${group.name}`);
      return label;
    });
  groupBox.append(...boxes);
  for (const select of [form.elements.from, form.elements.to]) {
    select.replaceChildren(...roles.map((role) => new Option(`${role.name} (${role.code})`, role.code)));
  }
  return roles;
}

// Mermaid names a flowchart node's group "<diagram>-flowchart-<key>-<n>" (or "flowchart-<key>-<n>") and a
// subgraph's group after the subgraph's key ("<key>" or "<diagram>-<key>").
function shapeKey(element) {
  if (element.classList.contains('node')) {
    return /(?:^|-)flowchart-(.+)-\d+$/.exec(element.id)?.[1] ?? null;
  }
  return element.id;
}

let pressing = false;
diagram.addEventListener('pointerdown', () => {
  pressing = true;
}, true);
window.addEventListener('pointerup', () => {
  pressing = false;
}, true);

function clickable(shape, actor) {
  shape.dataset.actorId = actor.id;
  shape.setAttribute('role', 'button');
  shape.setAttribute('tabindex', '0');
  shape.setAttribute('aria-label', actor.name);
  shape.addEventListener('click', (event) => {
    event.stopPropagation();
    openActor(actor.id, { push: true });
  });
  // Tab pans a shape into view; a click focuses it too, but moving the drawing under the pressed pointer would send
  // the click elsewhere.
  shape.addEventListener('focus', () => {
    if (!pressing) {
      // A group's box can be larger than the frame: its name, at the top of the box, is what comes into view.
      panZoom.reveal(shape.querySelector(':scope > .cluster-label') ?? shape);
    }
  });
  shape.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openActor(actor.id, { push: true });
    }
  });
}

const shapeOf = (actorId) => diagram.querySelector(`[data-actor-id="${CSS.escape(actorId)}"]`);

// Draws the API's diagram answer (`text` and `nodes`); the actors of `focus` (ids) are marked and start in view.
async function draw(answer, focus = []) {
  const { text } = answer;
  mermaidText.textContent = text;
  renderCount += 1;
  const { svg, bindFunctions } = await mermaid.render(`explorer-diagram-${renderCount}`, text);
  diagram.innerHTML = svg;
  bindFunctions?.(diagram);
  shown.text = text;
  const byKey = new Map(answer.nodes.map((node) => [node.key, node.actor]));
  const prefix = `explorer-diagram-${renderCount}-`;
  for (const shape of diagram.querySelectorAll('g.node, g.cluster')) {
    const key = shapeKey(shape);
    const actor = key && (byKey.get(key) ?? byKey.get(key.startsWith(prefix) ? key.slice(prefix.length) : null));
    if (actor) {
      clickable(shape, actor);
    }
  }
  for (const actorId of focus) {
    shapeOf(actorId)?.classList.add('focus');
  }
  panZoom.attach(diagram.querySelector('svg'), focus.map(shapeOf).find(Boolean));
  toolbar.hidden = false;
}

function clearDiagram() {
  panZoom.detach();
  diagram.replaceChildren();
  toolbar.hidden = true;
  shown.text = null;
}

function markSelected(actorId) {
  for (const selected of diagram.querySelectorAll('.selected')) {
    selected.classList.remove('selected');
  }
  if (actorId) {
    shapeOf(actorId)?.classList.add('selected');
  }
}

// Opens an actor's card; with `push`, as a new step of the browser's history.
async function openActor(actorId, { push = false } = {}) {
  markSelected(actorId);
  const opened = shown.card !== actorId;
  shown.card = actorId;
  if (push && opened) {
    history.pushState(null, '', `?${linkParams()}`);
  }
  try {
    const { actor } = await query(endpoint, actorCardQuery, { id: actorId });
    if (shown.card !== actorId) {
      return; // another card was asked for meanwhile
    }
    if (actor.id !== actorId) {
      // A link may name the actor by code or name ("card=DO"): the URL and the diagram use its id.
      shown.card = actor.id;
      markSelected(actor.id);
      history.replaceState(null, '', `?${linkParams()}`);
    }
    if (actor.__typename === 'Role') {
      renderRole(details, actor);
    } else {
      renderActor(details, actor);
    }
  } catch (error) {
    say(`Could not load ${actorId}: ${error.message}`, true);
  }
}

function closeActor() {
  shown.card = null;
  markSelected(null);
  details.replaceChildren(...emptyDetails);
}

// The values of the checked boxes named `name`, in the form's order.
function checked(name) {
  return [...form.querySelectorAll(`input[name="${name}"]`)].filter((box) => box.checked).map((box) => box.value);
}

// The whole team's filters as the API's arguments; what is left at its default is absent.
function teamFilters(params) {
  const list = (name) => (params[name] ? params[name].split(',') : null);
  return {
    kinds: list('kinds'),
    statuses: list('statuses'),
    groups: list('groups'),
    documented: params.documented ? params.documented === 'true' : null,
    merge: params.merge ?? null,
  };
}

// The parameters of the view the form describes, in the order a link shows them; a team filter left at its default
// is not in the link.
function viewParams() {
  const mode = selectedMode();
  if (mode === 'team') {
    const params = { mode };
    const kinds = checked('kinds');
    if (kinds.length > 0 && kinds.join() !== 'HANDOFF') {
      params.kinds = kinds.join();
    }
    for (const name of ['statuses', 'groups']) {
      if (checked(name).length > 0) {
        params[name] = checked(name).join();
      }
    }
    if (form.elements.documented.value) {
      params.documented = form.elements.documented.value;
    }
    if (form.elements.merge.value !== 'AUTO') {
      params.merge = form.elements.merge.value;
    }
    return params;
  }
  if (mode !== 'chains') {
    return { mode, role: form.elements.from.value, depth: form.elements.depth.value };
  }
  const params = { mode, from: form.elements.from.value, to: form.elements.to.value, maxHops: form.elements.maxHops.value };
  // More chains than the first page are part of the view.
  return shownChains === chainPage ? params : { ...params, shown: String(shownChains) };
}

// The link of what is on screen: the view and the open card.
function linkParams() {
  const params = new URLSearchParams(shown.key ?? viewParams());
  if (shown.card) {
    params.set('card', shown.card);
  }
  if (shown.zoom) {
    params.set('zoom', String(shown.zoom));
  }
  return params;
}

// The API's counts of a diagram, as the status line says them ("15 handoff edges", "9 actors"): edges, not
// relationships, since the API merges parallel ones into one edge when a diagram would draw more than 20.
const counted = (count, one, many) => `${count} ${count === 1 ? one : many}`;
const actors = (count) => counted(count, 'actor', 'actors');
const edges = (count, kind) => counted(count, kind, `${kind}s`);
const drawnCount = (answer) => `${edges(answer.edgeCount, 'edge')} among ${actors(answer.nodeCount)}`;

// Draws the view the form describes; `history` says whether it is a new step of the browser's history ('push'), the
// page's first view ('replace') or one the history went back or forward to ('none').
async function show(history = 'push') {
  const mode = selectedMode();
  const from = form.elements.from.value;
  const to = form.elements.to.value;
  const params = viewParams();
  const key = new URLSearchParams(params).toString();
  const redrawn = key === shown.key; // Show pressed again: no new step in the history
  shown.key = key;
  shown.zoom = null;
  shown.fileName = ['teamgraph', ...Object.values(params)].join('-').replace(/[^\w.-]+/g, '_');
  if (history === 'push' && !redrawn) {
    window.history.pushState(null, '', `?${linkParams()}`);
  } else if (history !== 'none') {
    window.history.replaceState(null, '', `?${linkParams()}`);
  }
  chainList.replaceChildren();
  say('Loading…');
  try {
    if (mode === 'chains') {
      const data = await query(endpoint, chainsQuery, { from, to, maxHops: Number(params.maxHops), first: shownChains });
      if (!data.fromActor || !data.toActor) {
        throw new Error(`no actor ${data.fromActor ? to : from}`);
      }
      const connection = data.handoffChains;
      await draw(data.diagram, [data.fromActor.id, data.toActor.id]);
      const next = Math.min(shownChains + chainPage, maxChainsShown);
      renderChains(chainList, connection, next > shownChains ? {
        label: `Show ${Math.min(next, connection.totalCount) - connection.items.length} more`,
        show: () => {
          shownChains = next;
          show('push');
        },
      } : null);
      say(connection.totalCount === 0
        ? `No chain of at most ${params.maxHops} handoffs from ${data.fromActor.name} to ${data.toActor.name}.`
        : `${chainCount(connection)} chains from ${data.fromActor.name} to ${data.toActor.name} shown: ${drawnCount(data.diagram)}. Click a node to see its card.`);
    } else if (mode === 'team') {
      const data = await query(endpoint, teamQuery, teamFilters(params));
      await draw(data.diagram);
      say(`The whole team: ${drawnCount(data.diagram)}. Click a node to see its card.`);
    } else {
      const data = await query(endpoint, neighbourhoodQuery, { id: from, depth: Number(params.depth) });
      if (!data.centre) {
        throw new Error(`no actor ${from}`);
      }
      await draw(data.diagram, [data.centre.id]);
      say(`${edges(data.diagram.edgeCount, 'handoff edge')} around ${data.centre.name} (depth ${params.depth}), ${actors(data.diagram.nodeCount)}. Click a node to see its card.`);
    }
    markSelected(shown.card);
  } catch (error) {
    clearDiagram();
    say(`Could not draw the diagram: ${error.message}`, true);
  }
}

// Applies the link's parameters to the form; returns whether it asks for a diagram, and the names in it that match
// no role in the list or, in the team view, no group offered (the diagram is then not drawn: the role picked instead
// would be another's, and the team without that filter is not what the link asks for).
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
      unknown.push({ name: value, kind: 'role' });
    }
  };
  const mode = params.get('mode') ?? (params.has('to') ? 'chains' : 'neighbourhood');
  form.elements.mode.value = ['chains', 'team'].includes(mode) ? mode : 'neighbourhood';
  // The team's filters: a box is checked when the link names it (handoffs alone when it names no kind).
  const named = (name, fallback = []) => new Set((params.get(name) ?? '').split(',').filter(Boolean).concat(params.has(name) ? [] : fallback));
  for (const name of ['kinds', 'statuses', 'groups']) {
    const values = named(name, name === 'kinds' ? ['HANDOFF'] : []);
    for (const box of form.querySelectorAll(`input[name="${name}"]`)) {
      box.checked = values.has(box.value);
    }
  }
  // A group may be named by its id or its name, in any case, as the API takes it.
  const groupBoxes = [...form.querySelectorAll('input[name="groups"]')];
  for (const wanted of mode === 'team' ? named('groups') : []) {
    const box = groupBoxes.find((b) => [b.value, b.parentElement.textContent.trim()].some((v) => v.toLowerCase() === wanted.toLowerCase()));
    if (box) {
      box.checked = true;
    } else {
      unknown.push({ name: wanted, kind: 'group' });
    }
  }
  form.elements.documented.value = ['true', 'false'].includes(params.get('documented')) ? params.get('documented') : '';
  form.elements.merge.value = ['ALWAYS', 'NEVER'].includes(params.get('merge')) ? params.get('merge') : 'AUTO';
  pick(form.elements.from, params.get('from') ?? params.get('role'));
  pick(form.elements.to, mode === 'chains' ? params.get('to') : null);
  if (params.has('depth')) {
    form.elements.depth.value = params.get('depth');
  }
  if (params.has('maxHops')) {
    form.elements.maxHops.value = params.get('maxHops');
  }
  const shownParam = Number(params.get('shown'));
  shownChains = Number.isInteger(shownParam) && shownParam >= 1 ? Math.min(shownParam, maxChainsShown) : chainPage;
  syncMode();
  const zoom = Number.parseInt(params.get('zoom') ?? '', 10);
  return { requested: params.has('role') || params.has('from') || mode === 'team', unknown, card: params.get('card'), zoom: zoom > 0 ? zoom : null };
}

// The API's own answer for a name that is no role (or group) of the list: an actor it knows by another name, or why not.
async function explainUnknown({ name, kind }) {
  try {
    const data = await query(endpoint, actorQuery, { id: name });
    say(kind === 'group' && data.actor.__typename === 'Group'
      ? `The group ${data.actor.name} (${data.actor.id}) has nothing drawn in the whole team: pick a group from the list.`
      : `'${name}' is ${data.actor.name} (${data.actor.id}), which is not a ${kind}: pick a ${kind} from the list.`, true);
  } catch (error) {
    say(error.message, true);
  }
}

// Shows the card a link or a history step names, or closes the open one when it names none.
async function showCard(card) {
  if (!card) {
    closeActor();
  } else if (card !== shown.card || details.querySelector('h2') === null) {
    await openActor(card);
  }
}

// Downloads the current diagram; the file is named after the view ("teamgraph-neighbourhood-DO-2.svg").
async function exportDiagram(kind) {
  if (!shown.text) {
    return;
  }
  try {
    if (kind === 'svg') {
      const svg = await standaloneSvg(shown.text);
      download(new Blob([svg.text], { type: 'image/svg+xml' }), `${shown.fileName}.svg`);
    } else {
      download(await png(shown.text), `${shown.fileName}.png`);
    }
  } catch (error) {
    say(`Could not export the diagram: ${error.message}`, true);
  }
}

form.addEventListener('change', syncMode);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  shownChains = chainPage;
  show('push');
});
document.getElementById('zoom-in').addEventListener('click', () => panZoom.zoomIn());
document.getElementById('zoom-out').addEventListener('click', () => panZoom.zoomOut());
document.getElementById('zoom-reset').addEventListener('click', () => panZoom.reset());
document.getElementById('export-svg').addEventListener('click', () => exportDiagram('svg'));
document.getElementById('export-png').addEventListener('click', () => exportDiagram('png'));

// The zoom level a link or a step of the history names (a percentage), around the viewport's centre.
function restoreZoom(zoom) {
  if (zoom && zoom !== shown.zoom && shown.text) {
    panZoom.scaleTo(zoom / 100);
    shown.zoom = Math.round(panZoom.scale * 100); // within the zoom's extent
    history.replaceState(null, '', `?${linkParams()}`);
  }
}

// Back and forward: draw the view of that step unless it is the one drawn, then show its card and zoom level.
window.addEventListener('popstate', async () => {
  const { requested, unknown, card, zoom } = applyLocation();
  if (unknown.length > 0) {
    clearDiagram();
    await explainUnknown(unknown[0]);
    return;
  }
  if (!requested) {
    clearDiagram();
    shown.key = null;
  } else if (new URLSearchParams(viewParams()).toString() !== shown.key) {
    await show('none');
  }
  await showCard(card);
  restoreZoom(zoom);
});

try {
  const roles = await loadRoles();
  if (roles.length > 1) {
    form.elements.to.selectedIndex = 1;
  }
  const { requested, unknown, card, zoom } = applyLocation();
  say(roles.length === 0 ? 'The served graph has no roles.' : 'Pick a role and press Show.');
  if (unknown.length > 0) {
    await explainUnknown(unknown[0]);
  } else if (requested && roles.length > 0) {
    shown.card = card;
    await show('replace');
    await showCard(card);
    restoreZoom(zoom);
  } else if (card) {
    await showCard(card);
  }
} catch (error) {
  say(`Could not load the roles: ${error.message}`, true);
}
