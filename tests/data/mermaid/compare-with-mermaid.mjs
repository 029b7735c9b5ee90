#!/usr/bin/env node
// Checks every expected JSON in this folder against mermaid 11's own parser, and that mermaid rejects errors/*.mmd.
// usage: node compare-with-mermaid.mjs PATH/TO/mermaid-flow.mjs   (see /work/shared/tools/README.md)
// For each NAME.mmd with a NAME.json next to it, runs mermaid-flow.mjs on the .mmd and compares, after
// normalising the two conventions (listed in README.md): direction, vertices (id, text, type), edges as a
// multiset (start, end, text, type, stroke, length, the id written) and subgraphs (id, title, nodes as a set).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const tool = process.argv[2];
if (!tool) {
  console.error('usage: node compare-with-mermaid.mjs PATH/TO/mermaid-flow.mjs');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const types = {
  None: null, Rectangle: 'square', Round: 'round', Stadium: 'stadium', Subroutine: 'subroutine', Cylinder: 'cylinder',
  Circle: 'circle', Ellipse: 'ellipse', DoubleCircle: 'doublecircle', Asymmetric: 'odd', Rhombus: 'diamond', Hexagon: 'hexagon',
  Parallelogram: 'lean_right', ParallelogramAlt: 'lean_left', Trapezoid: 'trapezoid', TrapezoidAlt: 'inv_trapezoid',
};
const heads = { None: 'open', Arrow: 'point', Circle: 'circle', Cross: 'cross' };
const edgeType = (e) => (e.startHead === 'None' ? `arrow_${heads[e.endHead]}` : `double_arrow_${heads[e.endHead]}`);
const key = (o) => JSON.stringify(o);

function fromOurs(ours) {
  return {
    direction: ours.direction,
    // a shape named in a data block (@{ shape: db }) is reported by mermaid under that name
    vertices: ours.nodes.map((n) => ({ id: n.id, text: n.label, type: n.shapeName ?? types[n.shape] })).sort((a, b) => (a.id < b.id ? -1 : 1)),
    edges: ours.edges.map((e) => ({ start: e.from, end: e.to, text: e.label ?? '', type: edgeType(e), stroke: e.stroke.toLowerCase(), length: e.length, id: e.id ?? null })).map(key).sort(),
    subgraphs: ours.subgraphs.map((s) => ({
      id: s.id,
      title: s.title ?? s.id,
      // mermaid lists nested subgraph ids among the parent's nodes; we give them a parent instead.
      nodes: [...s.nodes, ...ours.subgraphs.filter((c) => c.parent === s.id).map((c) => c.id)].sort(),
    })).sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

function fromMermaid(m) {
  return {
    direction: m.direction,
    vertices: m.vertices.map((v) => ({ id: v.id, text: v.text, type: v.type })).sort((a, b) => (a.id < b.id ? -1 : 1)),
    // generated edge ids (L_A_B_0) are mermaid's business; the ids an author wrote must match
    edges: m.edges.map((e) => ({ start: e.start, end: e.end, text: e.text ?? '', type: e.type, stroke: e.stroke, length: e.length, id: e.isUserDefinedId ? e.id : null })).map(key).sort(),
    subgraphs: m.subgraphs.map((s) => ({ id: s.id, title: s.title, nodes: [...s.nodes].sort() })).sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

let failed = 0;
let passed = 0;
for (const name of readdirSync(here).filter((f) => f.endsWith('.mmd')).sort()) {
  const expectedPath = join(here, name.replace(/\.mmd$/, '.json'));
  if (!existsSync(expectedPath)) continue;
  const text = readFileSync(join(here, name), 'utf8');
  let mermaid;
  try {
    mermaid = JSON.parse(execFileSync('node', [tool, '-', '--compact', '--decode-html', '--full'], { input: text, encoding: 'utf8' }));
  } catch (err) {
    mermaid = JSON.parse(err.stdout || '{"error":"no output"}');
  }
  const problems = [];
  if (mermaid.error) {
    problems.push(`mermaid rejects it: ${mermaid.error}`);
  } else {
    const ours = fromOurs(JSON.parse(readFileSync(expectedPath, 'utf8')));
    const theirs = fromMermaid(mermaid);
    for (const field of ['direction', 'vertices', 'edges', 'subgraphs']) {
      if (key(ours[field]) !== key(theirs[field])) problems.push(`${field}:\n  ours    ${key(ours[field])}\n  mermaid ${key(theirs[field])}`);
    }
  }
  if (problems.length) {
    failed++;
    console.log(`FAIL ${name}\n  ${problems.join('\n  ')}`);
  } else {
    passed++;
    console.log(`ok   ${name}`);
  }
}
// Every input under errors/ must be rejected by mermaid too, except where TeamGraph is deliberately stricter.
const stricter = {
  'mismatched-heads.mmd': "mermaid drops the '<' of '<--o' and draws a plain circle edge",
  'statement-after-end.mmd': "mermaid reads 'end B' as 'end' then a node B",
};
const errors = join(here, 'errors');
for (const name of readdirSync(errors).filter((f) => f.endsWith('.mmd')).sort()) {
  let rejected;
  try {
    execFileSync('node', [tool, join(errors, name), '--compact'], { encoding: 'utf8', stdio: 'pipe' });
    rejected = false;
  } catch {
    rejected = true;
  }
  if (rejected || stricter[name]) {
    passed++;
    console.log(`ok   errors/${name}${rejected ? '' : ` (mermaid accepts it: ${stricter[name]})`}`);
  } else {
    failed++;
    console.log(`FAIL errors/${name}: mermaid accepts it`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
