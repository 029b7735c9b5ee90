// The legend beside the diagram: one entry per style the diagram draws, each with a small sample drawn like it.
import { edgeStyles, nodeStyles } from './flowchart.js';

const svgNamespace = 'http://www.w3.org/2000/svg';

// Mermaid style text ("fill:#FFF4E5,stroke:#E65100") as SVG presentation attributes.
function attributes(style) {
  return Object.fromEntries(style.split(',').map((part) => part.split(':')).map(([name, value]) => [name.trim(), value.trim()]));
}

function svgElement(tag, attrs) {
  const node = document.createElementNS(svgNamespace, tag);
  for (const [name, value] of Object.entries(attrs)) {
    node.setAttribute(name, value);
  }
  return node;
}

const roleStyle = 'fill:#ECECFF,stroke:#9370DB';

function nodeSample(style) {
  const { 'font-weight': _, ...shape } = attributes(`${roleStyle},${style}`);
  return svgElement('rect', { x: 2, y: 2, width: 32, height: 14, rx: 2, ...shape });
}

function edgeSample(style) {
  return svgElement('line', { x1: 2, y1: 9, x2: 34, y2: 9, ...attributes(style) });
}

const entries = {
  focus: { text: 'the role(s) asked about', sample: () => nodeSample(nodeStyles.focus) },
  role: { text: 'role with a card', sample: () => nodeSample(roleStyle) },
  undocumented: { text: 'role without a card of its own', sample: () => nodeSample(nodeStyles.undocumented) },
  group: { text: 'group (hexagon)', sample: () => nodeSample(nodeStyles.group) },
  external: { text: 'outside party (rounded)', sample: () => nodeSample(nodeStyles.external) },
  handoff: { text: 'handoff, as the cards declare it', sample: () => edgeSample(edgeStyles.handoff) },
  flagged: { text: '⚠ one-sided or conflicting handoff: the cards disagree', sample: () => edgeSample(edgeStyles.flagged) },
  probable: { text: '“(probable?)”: both cards seem to name it differently', sample: () => edgeSample(edgeStyles.handoff) },
};

// Lists `styles` (names from Flowchart.styles) in `panel`; empty when nothing is drawn.
export function renderLegend(panel, styles) {
  panel.replaceChildren();
  if (styles.length === 0) {
    panel.hidden = true;
    return;
  }
  panel.hidden = false;
  const list = document.createElement('ul');
  for (const name of styles) {
    const entry = entries[name];
    const item = document.createElement('li');
    item.dataset.style = name;
    const sample = svgElement('svg', { width: 36, height: 18, viewBox: '0 0 36 18', 'aria-hidden': 'true' });
    sample.append(entry.sample());
    item.append(sample, document.createTextNode(entry.text));
    list.append(item);
  }
  panel.append(list);
}
