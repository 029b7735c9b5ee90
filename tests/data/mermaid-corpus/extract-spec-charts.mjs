#!/usr/bin/env node
// Writes spec-charts.jsonl: every flowchart text that mermaid's own parser specs hand to the parser, one JSON line
// {"file","text"} per distinct text, in order of appearance. Only the chart texts are taken (test inputs, facts);
// make-corpus.mjs turns them into the spec-<file> categories. Run from this folder with a mermaid checkout:
//   node extract-spec-charts.mjs <mermaid>/packages/mermaid/src/diagrams/flowchart/parser > spec-charts.jsonl
// Each spec file runs in a sandbox where describe/it/expect are stand-ins and flow.parser.parse records its
// argument, so charts built in loops or by concatenation come out exactly as the specs build them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node extract-spec-charts.mjs <mermaid>/packages/mermaid/src/diagrams/flowchart/parser');
  process.exit(2);
}

// Charts this long test mermaid's speed, not its syntax; the differential test has its own slow-input bound.
const longestChart = 20_000;

// Anything read, called or constructed on it answers with itself, so assertions and database calls are no-ops.
const inert = new Proxy(function () {}, {
  get: (_, key) => (key === Symbol.toPrimitive ? () => '' : inert),
  apply: () => inert,
  construct: () => inert,
});

const seen = new Set();
for (const file of readdirSync(folder).filter((name) => /^(flow|subgraph).*\.spec\.js$/.test(name)).sort()) {
  const charts = [];
  const record = (text) => {
    if (typeof text === 'string') charts.push(text);
    return inert;
  };
  const tests = [];
  const parser = new Proxy({ parse: record }, { get: (target, key) => (key === 'parse' ? record : inert), set: () => true });
  const sandbox = {
    flow: { parser },
    FlowDB: inert,
    setConfig: inert,
    log: inert,
    vi: inert,
    cleanupComments: (text) => text,
    describe: (_, body) => body(),
    it: (_, body) => tests.push(body),
    beforeEach: () => {},
    afterEach: () => {},
    // expect(() => parse(...)).toThrow() must still hand the chart over, so a function given to expect is called.
    expect: (value) => {
      if (typeof value === 'function') {
        try {
          value();
        } catch {
          // the stand-ins never throw on purpose; a spec's own helper may
        }
      }
      return inert;
    },
  };
  // it.skip and it.only run too: a skipped spec's chart is still a chart mermaid answers.
  for (const runner of [sandbox.it, sandbox.describe]) {
    runner.skip = runner;
    runner.only = runner;
    runner.each = (rows) => (_, body) => rows.forEach((row) => runner('', () => (Array.isArray(row) ? body(...row) : body(row))));
  }
  const source = readFileSync(join(folder, file), 'utf8').replace(/^import .*$/gm, '');
  vm.runInNewContext(source, sandbox, { filename: file });
  for (const test of tests) {
    try {
      test();
    } catch {
      // an assertion chain the stand-ins cannot follow ends the test; the charts parsed before it are kept
    }
  }

  for (const text of charts) {
    if (text.length > longestChart || seen.has(text)) continue;
    seen.add(text);
    console.log(JSON.stringify({ file: file.replace(/\.spec\.js$/, ''), text }));
  }
}
