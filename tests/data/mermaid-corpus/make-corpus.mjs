#!/usr/bin/env node
// Writes corpus.jsonl: one flowchart per line, {"id","category","text"}, written from mermaid 11's documented
// flowchart syntax (docs/syntax/flowchart.md) and the forms its parser specs exercise. Regenerate with
//   node make-corpus.mjs > corpus.jsonl
// and then the oracle's answers as README.md says.
import { readFileSync } from 'node:fs';

const cases = [];
const add = (category, text) => cases.push({ id: `${category}-${String(cases.filter((c) => c.category === category).length + 1).padStart(3, '0')}`, category, text });

// Directions and headers.
for (const header of ['graph', 'flowchart']) {
  for (const dir of ['TD', 'TB', 'BT', 'LR', 'RL', '']) add('direction', `${header} ${dir}\n  A --> B`.replace(`${header} \n`, `${header}\n`));
}
for (const dir of ['>', '<', '^', 'v']) add('direction', `graph ${dir}\n  A --> B`);
add('direction', 'graph TD;A-->B;');
add('direction', 'flowchart LR;\nA-->B;B-->C;');
add('direction', 'flowchart-elk TD\n  A --> B');
add('direction', 'graph TD\n  direction LR\n  A --> B');
add('direction', '  graph TD\n  A --> B');

// Classic shapes.
const classic = [['[', ']'], ['(', ')'], ['([', '])'], ['[[', ']]'], ['[(', ')]'], ['((', '))'], ['>', ']'], ['{', '}'], ['{{', '}}'],
  ['[/', '/]'], ['[\\', '\\]'], ['[/', '\\]'], ['[\\', '/]'], ['(((', ')))'], ['(-', '-)']];
for (const [open, close] of classic) {
  add('shapes', `flowchart LR\n  id1${open}This is the text${close}`);
  add('shapes', `flowchart TD\n  A${open}Start${close} --> B${open}"Quoted text"${close}`);
}
add('shapes', 'flowchart LR\n  id');
add('shapes', 'flowchart LR\n  id1[This is the text in the box]');
add('shapes', 'flowchart LR\n  A[|borders:lt|text]');
add('shapes', 'flowchart LR\n  A[|borders:no|Plain]');
add('shapes', 'flowchart LR\n  A(-this is an ellipse-)');
add('shapes', 'flowchart LR\n  A[]');
add('shapes', 'flowchart LR\n  A[ ]');
add('shapes', 'flowchart LR\n  A["`**bold** and _italic_`"]');
add('shapes', 'flowchart LR\n  A["A (with) [brackets] {and} braces"]');
add('shapes', 'flowchart LR\n  A --> B\n  A[Later text]');
add('shapes', 'flowchart LR\n  A[First] --> A[Second]');
add('shapes', 'flowchart LR\n  A[text with -- dashes]');
add('shapes', 'flowchart LR\n  A{Is it?} -->|Yes| B[OK]\n  A -->|No| C[Not OK]');

// v11 shapes with every alias.
const v11 = ['rect', 'rectangle', 'proc', 'process', 'rounded', 'event', 'stadium', 'pill', 'terminal', 'fr-rect', 'subprocess', 'subproc',
  'framed-rectangle', 'subroutine', 'cyl', 'db', 'database', 'cylinder', 'circle', 'circ', 'diam', 'decision', 'diamond', 'question', 'hex',
  'hexagon', 'prepare', 'lean-r', 'lean-right', 'in-out', 'lean-l', 'lean-left', 'out-in', 'trap-b', 'priority', 'trapezoid',
  'trapezoid-bottom', 'trap-t', 'manual', 'inv-trapezoid', 'trapezoid-top', 'dbl-circ', 'double-circle', 'text', 'notch-rect', 'card',
  'notched-rectangle', 'lin-rect', 'shaded-process', 'lined-rectangle', 'lin-proc', 'lined-process', 'sm-circ', 'start', 'small-circle',
  'fr-circ', 'stop', 'framed-circle', 'fork', 'join', 'hourglass', 'collate', 'comment', 'brace', 'brace-l', 'brace-r', 'braces', 'bolt',
  'com-link', 'lightning-bolt', 'doc', 'document', 'delay', 'half-rounded-rectangle', 'h-cyl', 'das', 'horizontal-cylinder', 'lin-cyl',
  'disk', 'lined-cylinder', 'curv-trap', 'curved-trapezoid', 'display', 'div-rect', 'div-proc', 'divided-rectangle', 'divided-process',
  'tri', 'extract', 'triangle', 'win-pane', 'internal-storage', 'window-pane', 'f-circ', 'junction', 'filled-circle', 'lin-doc',
  'lined-document', 'notch-pent', 'loop-limit', 'notched-pentagon', 'flip-tri', 'manual-file', 'flipped-triangle', 'sl-rect',
  'manual-input', 'sloped-rectangle', 'docs', 'documents', 'st-doc', 'stacked-document', 'procs', 'processes', 'st-rect',
  'stacked-rectangle', 'flag', 'paper-tape', 'bow-rect', 'stored-data', 'bow-tie-rectangle', 'cross-circ', 'summary', 'crossed-circle',
  'tag-doc', 'tagged-document', 'tag-rect', 'tag-proc', 'tagged-rectangle', 'tagged-process', 'odd'];
for (const shape of v11) add('shapes-v11', `flowchart TD\n  A@{ shape: ${shape} }`);
add('shapes-v11', 'flowchart TD\n  A@{ shape: rect, label: "Input" }');
add('shapes-v11', 'flowchart TD\n  A@{ shape: lean-r, label: "Input" } --> B@{ shape: diam, label: "Ok?" }');
add('shapes-v11', 'flowchart TD\n  A[Old text]@{ shape: rounded }');
add('shapes-v11', 'flowchart TD\n  A@{ shape: rounded }\n  A --> B');
add('shapes-v11', 'flowchart TD\n  A@{ shape: "rounded", label: "Quoted values" }');
add('shapes-v11', 'flowchart TD\n  A@{\n    shape: doc\n    label: "Multi line"\n  }');
add('shapes-v11', 'flowchart TD\n  A@{ icon: "fa:user", form: "square", label: "User", pos: "t", h: 60 }');
add('shapes-v11', 'flowchart TD\n  A@{ img: "https://example.com/a.png", label: "Image", pos: "t", w: 60, h: 60, constraint: "on" }');
add('shapes-v11', 'flowchart TD\n  A@{ shape: rect } & B@{ shape: circle } --> C');
add('shapes-v11', 'flowchart TD\n  A@{shape:hex}');
add('shapes-v11', 'flowchart TD\n  A@{ label: "Only a label" }');
add('shapes-v11', 'flowchart TD\n  A@{ shape: not-a-shape }');

// Arrows and lengths.
const arrows = ['-->', '---', '-.->', '-.-', '==>', '===', '~~~', '--o', '--x', '<-->', 'o--o', 'x--x', '<-.->', '<==>', 'o==o', 'x==x',
  'o-.-o', 'x-.-x', '-.-o', '-.-x', '==o', '==x', '<--', '<==', '<-.-', '---->', '--->', '----', '-----', '------>', '-..->', '-...->',
  '-..-', '===>', '====>', '====', '=====', '~~~~', '~~~~~', '<--->', '<---->', 'o---o', 'x----x', '<===>', '<-..->', '--->o', '---x'];
for (const arrow of arrows) add('arrows', `flowchart LR\n  A ${arrow} B`);
for (const arrow of ['-->', '---', '-.->', '==>', '--o', '--x', '<-->']) add('arrows', `flowchart LR\n  A${arrow}B`);
add('arrows', 'flowchart LR\n  A-- > B');
add('arrows', 'flowchart LR\n  A --o B --x C');

// Edge text.
const edgeText = ['A -- text --> B', 'A -->|text| B', 'A ---|text| B', 'A -- text --- B', 'A -. text .-> B', 'A -.->|text| B',
  'A == text ==> B', 'A ==>|text| B', 'A -- text --o B', 'A -- text --x B', 'A <-- text --> B', 'A <-->|text| B', 'A -->|"quoted text"| B',
  'A -->|text with spaces and (parens)| B', 'A -- "quoted" --> B', 'A -->|`**md**`| B', 'A -->|"`**md**`"| B', 'A -- text ---> B',
  'A -- text ----> B', 'A -. text ..-> B', 'A == text ===> B', 'A ~~~|text| B', 'A -->| spaced | B', 'A -->|| B', 'A -- a-b --> B',
  'A -->|a|b| B', 'A -- text -.-> B', 'A -->|text|B', 'A-->|text|B', 'A -- text with -- inside --> B', 'A o-- text --o B',
  'A x== text ==x B', 'A -.-|text| B', 'A ===|text| B', 'A <-. text .-> B', 'A <== text ==> B'];
for (const line of edgeText) add('edge-text', `flowchart LR\n  ${line}`);
// Labelled links whose start and end disagree (a different head, a double head at the end, or another stroke once a head
// is glued to the end): mermaid's flowDb keeps them with type and stroke INVALID. Then the forms that stay valid.
const mixedEnds = ['A <== text === B', 'A x-- text --> B', 'A <-. text .-o B', 'A o== text ==x B', 'A == text o==> B', 'A <-- text <--> B',
  'A <-- text --o B', 'A o-- text o--o B', 'A o-. text .- B', 'A -->|x| B\n  A <-- text --- B', 'A -- text o--> B', 'A <-. text .-> B',
  'A -- text x--x B', 'A -. text o.-> B', 'A == text x==x B', 'A -- text <.-> B'];
for (const line of mixedEnds) add('edge-text', `flowchart LR\n  ${line}`);

// Edge ids and edge data.
const edgeIds = ['A e1@--> B', 'A e1@x-- text --x B', 'A e1@-.-> B', 'A e1@==> B', 'A e1@--> B\n  e1@{ animate: true }',
  'A e1@--> B\n  e1@{ animation: fast }', 'A e1@--> B\n  e1@{ animation: slow }\n  classDef animate stroke-dasharray: 9\n  class e1 animate',
  'A e1@-->|label| B', 'A e1@--> B e2@--> C', 'A e1@--> B\n  C e1@--> D', 'A e1@--> B\n  e1@{ curve: linear }', 'A e1@<--> B',
  'A e1@~~~ B', 'A-e1@-->B', 'A e1@ --> B'];
for (const line of edgeIds) add('edge-ids', `flowchart LR\n  ${line}`);

// Chains and &.
const chains = ['A --> B --> C', 'A --> B --> C --> D --> E', 'A -- one --> B -- two --> C', 'A & B --> C', 'A --> B & C', 'A & B --> C & D',
  'A --> B & C --> D', 'A[a] & B(b) --> C{c}', 'A -->|x| B & C', 'A & B & C & D --> E', 'A --> B\n  B --> A', 'A --> A',
  'A --> B; B --> C; C --> A', 'A --> B --- C -.-> D ==> E', 'A & B', 'A & B --> C --> D & E', 'a --> b & c-->d',
  'A-->B-->C', 'A --> B & C & D\n  B --> E', 'A --> B\n  A --> B', 'A -- t --> B\n  A -- t --> B'];
for (const line of chains) add('chains', `flowchart LR\n  ${line}`);

// Subgraphs.
const subgraphs = [
  'subgraph one\n    a1 --> a2\n  end',
  'subgraph one [Title One]\n    a1 --> a2\n  end',
  'subgraph one[Title One]\n    a1 --> a2\n  end',
  'subgraph "A quoted title"\n    a1 --> a2\n  end',
  'subgraph "hello"\n    a1\n  end',
  'subgraph A title with spaces\n    a1\n  end',
  'subgraph one\n    direction LR\n    a1 --> a2\n  end',
  'subgraph one\n    direction BT\n    a1 --> a2\n  end\n  subgraph two\n    direction RL\n    b1 --> b2\n  end',
  'subgraph outer\n    subgraph inner\n      x --> y\n    end\n    z\n  end',
  'subgraph one\n    a1\n  end\n  subgraph two\n    a2\n  end\n  one --> two',
  'subgraph one\n    a1\n  end\n  a1 --> outside',
  'subgraph one\n  end',
  'subgraph one\n    a1 & a2 --> a3\n  end',
  'subgraph one[" quoted id title "]\n    a\n  end',
  'subgraph one ["Quoted title"]\n    a\n  end',
  'subgraph id1 [Title]\n    a\n  end\n  subgraph id2 [Title]\n    b\n  end',
  'subgraph one\n    a\n  end\n  subgraph one\n    b\n  end',
  'subgraph one \n    a\n  end',
  'subgraph one;\n    a;\n  end;',
  'subgraph one\n    a --> b\n  end\n  c --> one',
  'subgraph one\n    a[Text A] --> b{Text B}\n  end',
  'subgraph outer\n    direction TB\n    subgraph inner\n      direction LR\n      p --> q\n    end\n  end',
  'subgraph s1\n    a\n  end\n  subgraph s2\n    a\n  end',
  'subgraph one\n    x\n  end\n  subgraph two\n    one --> y\n  end',
  'subgraph "Title with &amp; entity"\n    a\n  end',
  'subgraph one [Title `md`]\n    a\n  end',
  'subgraph one\n    a\n  end\n  one:::warn',
  'subgraph T1 [" "]\n    a\n  end',
];
for (const body of subgraphs) add('subgraphs', `flowchart TB\n  ${body}`);

// Comments.
const comments = ['%% a comment\n  A --> B', 'A --> B\n  %% trailing comment', 'A --> B %% same line', '%%{ not a directive }%%\n  A --> B',
  'A --> B\n%% comment at column one', 'A --> B\n  %%\n  B --> C', 'A[%% not a comment] --> B', 'A -->|%% text| B',
  '%% comment with --> arrow\n  A --> B', 'subgraph one\n  %% inside\n    a\n  end'];
for (const body of comments) add('comments', `flowchart LR\n  ${body}`);
add('comments', '%% before the header\nflowchart LR\n  A --> B');

// Directives and front matter.
add('directives', '%%{init: {"theme": "dark"}}%%\nflowchart LR\n  A --> B');
add('directives', "%%{init: { 'flowchart': { 'curve': 'linear' } } }%%\ngraph TD\n  A --> B");
add('directives', '---\ntitle: A titled chart\n---\nflowchart LR\n  A --> B');
add('directives', '---\nconfig:\n  theme: forest\n  flowchart:\n    htmlLabels: false\n---\nflowchart TD\n  A --> B');
add('directives', '---\nconfig:\n  look: handDrawn\n---\nflowchart LR\n  A --> B');
add('directives', '%%{wrap}%%\nflowchart LR\n  A --> B');
add('directives', 'flowchart LR\n  %%{init: {"theme": "base"}}%%\n  A --> B');
add('directives', '---\ntitle: t\n---\n%%{init: {"theme": "dark"}}%%\nflowchart LR\n  A --> B');
add('directives', '%%{init: {"flowchart": {"defaultRenderer": "elk"}}}%%\nflowchart LR\n  A --> B');
add('directives', '---\nconfig:\n  layout: elk\n---\nflowchart LR\n  A --> B');

// Styling: classDef, class, :::, style, linkStyle.
const styling = ['A --> B\n  classDef green fill:#9f6,stroke:#333,stroke-width:2px\n  class A green',
  'A:::someclass --> B\n  classDef someclass fill:#f96', 'A:::a --> B:::b', 'A[Text]:::cls --> B', 'A --> B\n  class A,B cls',
  'A --> B\n  classDef first,second fill:#f9f', 'A --> B\n  classDef default fill:#f9f,stroke:#333', 'A --> B\n  style A fill:#f9f,stroke:#333,stroke-width:4px',
  'style Q background:#fff', 'A --> B\n  style B fill:#bbf,stroke:#f66,stroke-width:2px,color:#fff,stroke-dasharray: 5 5',
  'A --> B\n  linkStyle 0 stroke:#ff3,stroke-width:4px', 'A --> B --> C\n  linkStyle 0,1 color:blue', 'A --> B\n  linkStyle default stroke:red',
  'A --> B\n  linkStyle 0 interpolate basis stroke:red', 'A --> B\n  linkStyle 5 stroke:red', 'A --> B\n  linkStyle default interpolate cardinal',
  'A --> B\n  class A,B first,second', 'subgraph s\n    a\n  end\n  class s cls', 'A:::c1:::c2', 'A --> B\n  classDef c font-size:12pt;',
  'A --> B\n  style A color:#000', 'A & B:::c --> C'];
for (const body of styling) add('styling', `flowchart LR\n  ${body}`);

// Interaction: click.
const clicks = ['A --> B\n  click A callback', 'A --> B\n  click A callback "Tooltip"', 'A --> B\n  click A call callback()',
  'A --> B\n  click A call callback("arg1", "arg2")', 'A --> B\n  click A "https://www.github.com"', 'A --> B\n  click A "https://www.github.com" "Tooltip"',
  'A --> B\n  click A "https://www.github.com" _blank', 'A --> B\n  click A "https://www.github.com" "Tooltip" _blank',
  'A --> B\n  click A href "https://www.github.com"', 'A --> B\n  click A href "https://www.github.com" "Tooltip" _self', 'click C callback'];
for (const body of clicks) add('interaction', `flowchart LR\n  ${body}`);

// Accessibility.
const acc = ['accTitle: Big decisions\n  A --> B', 'accDescr: How decisions are made\n  A --> B', 'accTitle: T\n  accDescr: D\n  A --> B',
  'accDescr {\n    A description\n    over lines\n  }\n  A --> B', 'A --> B\n  accTitle: At the end', 'accTitle:NoSpace\n  A --> B'];
for (const body of acc) add('accessibility', `flowchart LR\n  ${body}`);
// Mermaid's grammar lists a statement's value among the members of the subgraph it stands in: the text of accTitle and
// accDescr, and ';' for an empty statement.
const accInSubgraph = ['subgraph one\n    accTitle: My title\n    A --> B\n  end', 'subgraph one\n    A --> B\n    ;\n  end',
  'subgraph one\n    accDescr {\n      first line\n        second\n    }\n    A\n  end', 'subgraph one\n    A;;\n  end;',
  'subgraph outer\n    subgraph inner\n      accDescr: inner text &amp; more\n    end;\n  end', 'subgraph one\n    accTitle: A\n    A --> B\n  end',
  'subgraph one\n    accDescr {x};\n  end', 'subgraph one\n    accTitle:   \n  A\n  end', 'subgraph one\n    accTitle: one\n  end\n  subgraph two\n    one\n  end'];
for (const body of accInSubgraph) add('accessibility', `flowchart LR\n  ${body}`);

// Unicode and HTML entities.
const unicode = ['A[Привет] --> B[世界]', 'A["Ünïcödé text"]', 'A[😀 emoji] --> B', 'Ä --> Ö', 'A[a &amp; b]', 'A["#quot;quoted#quot;"]',
  'A[#9829; heart]', 'A["A &lt; B &gt; C"]', 'A[Line one<br>line two]', 'A[Line one<br/>line two]', 'A -->|&amp;| B', 'A[café] --> B[naïve]',
  'A["1 &ndash; 2"]', 'A[#35;hash]', 'A["Text with <b>bold</b>"]', 'A[日本語のテキスト] -- 矢印 --> B', 'ID_π --> B', 'A["tab\tinside"]'];
for (const body of unicode) add('unicode', `flowchart LR\n  ${body}`);

// HTML inside labels, as mermaid's sanitizer (DOMPurify) leaves it, and HTML's named character references.
const htmlLabels = ['A[Line<r>two] --> B', 'A[Line<b>two]', 'A -->|Line<r>two| B', 'A -- Line<i>two --> B', 'A(((Line<brtwo)))', 'A[Line<br/>two]',
  'A["x &ap; y"]', 'A[1 &amp 2]', 'A[&notit; &notin;]', 'A -->|1 &ap; 2| B', 'A@{ label: "1 &ap; 2" }', 'subgraph s [<r> Title]\n    a\n  end',
  'A["a<script>x</script>b"]', 'A["<b class=x onclick=y>bold</b>"]', 'A["a<b><i>c</b>d"]', 'A["x</b>y"]', 'A["a</br>b"]',
  'A["<a href=\'javascript:x\'>link</a>"]', 'A["a<p>b<p>c"]', 'A["a<div><b>x</div>y"]', 'A["<B CLASS=X>caps"]', 'A["a <  b"]', 'A[Line<b r>two]'];
for (const body of htmlLabels) add('html-labels', `flowchart LR\n  ${body}`);

// Node ids.
const ids = ['default/node --> B', 'A-1 --> B', 'A_1 --> B', '1 --> 2', 'a.b --> c', 'node1 --> node2', 'A# --> B', 'A: --> B', 'A* --> B',
  'A\\ --> B', 'A- --> B', 'end1 --> B', 'endpoint --> B', 'graph1 --> B', 'subgraph1 --> B', 'style1 --> B', 'class1 --> B', 'click1 --> B',
  'A --> end1', 'Default --> B', 'x --> o', 'A --> ox', 'A --> xB', 'direction1 --> B', 'A,B --> C', 'v --> B', 'A --> v', 'A-->Bend',
  'a-b-c --> d', 'A --> B-', 'A\'s --> B', 'A --> B;;'];
for (const body of ids) add('ids', `flowchart LR\n  ${body}`);
// Lexer corners met by generated broken charts: '%%' right after a link is the id of its target; a '-' glued to an id before a
// link; a dotted link with a head at both ends and no first dash; a quoted click string over lines, or with a blank after.
const corners = ['flowchart LR\n  x ---->%%\n  o', 'flowchart LR\n  x --> %%', 'flowchart LR\n  x --> %%foo', 'flowchart LR\n  x --> %%foo bar',
  'flowchart LR\n  A- --> B', 'flowchart LR\n  A= --> B', 'flowchart LR\n  A <.-> B', 'flowchart LR\n  A --> B\n  click A "url" ',
  'flowchart LR\n  A-->B\n  click A "https://\nexample.com" "tip"'];
for (const text of corners) add('ids', text);

// A '"' glued to the end of an id, class name or style word is part of it (mermaid's id token takes it); anywhere else it
// opens a string that runs over lines to the next '"', which the grammar allows only where text may stand.
const strayQuotes = [
  'flowchart LR\nA"[x]',
  'flowchart LR\nA"[x]\nB',
  'flowchart LR\nA"[x]"\nB',
  'flowchart LR\nA"[x]" --> B',
  'flowchart LR\nen"dpoint --> B',
  'flowchart LR\nen"dpoint --> B\nC"',
  'flowchart LR\nclassDef c"ls fill:#f96',
  'flowchart LR\nclassDef c"ls fill:#f96\nA --> B',
  'flowchart LR\nA\nclassDef c"ls fill:#f96\nA["q"]',
  'flowchart LR\nA -- x "--> B',
  'flowchart LR\nA"',
  'flowchart LR\nA" --> B',
  'flowchart LR\nA "x"',
  'flowchart LR\nA"x"',
  'flowchart LR\nA"x" --> B',
  'flowchart LR\nA & B"x" --> C',
  'flowchart LR\nA --> B"x"',
  'flowchart LR\nsubgraph one tw"o\na\nend',
  'flowchart LR\nsubgraph one tw"o\na\nend"',
  'flowchart LR\nstyle A fill:#f"96',
  'flowchart LR\nstyle A fill:#f"96\nB"',
  'flowchart LR\nA:::c"ls',
  'flowchart LR\nA[a "b" c]',
  'flowchart LR\nA[a "b c]',
  'flowchart LR\nA -->|a "b" c| B',
  'flowchart LR\nA -- a "b" c --> B',
  'flowchart LR\nA -- "a" --> B',
  'flowchart LR\nA:::c"ls --> B',
  'flowchart LR\nclass A c"ls',
  'flowchart LR\nclassDef c"ls fill:#f96\nA:::c"ls',
  'flowchart LR\nlinkStyle 0 stroke:#f"96\nA --> B',
  'flowchart LR\nA"@{ shape: rect }',
  'flowchart LR\nA e"1@--> B',
  'flowchart LR\nclick A "url" "t"ip"',
  'flowchart LR\nA --> B\nclick A call"back()',
  'flowchart LR\nA "--> B',
  'flowchart LR\nA --> "B',
  'flowchart LR\nA --> B & "C',
  'flowchart LR\nA["x"]"',
  'flowchart LR\nA["x"] "y"',
  'flowchart LR\nsubgraph "one\ntwo"\na\nend',
  'flowchart LR\nsubgraph o"ne [T]\na\nend',
  'flowchart LR\nA --- B\nstyle A f"ill:#f96'];
for (const text of strayQuotes) add('stray-quotes', text);

// Two rules of mermaid's lexer that look past the token: a line holding 'direction LR' is a direction statement, whatever
// stands around it, and a run of non-blanks reaching an '@' names an edge (LINK_ID), brackets and all. Then a separator
// between the header and its direction, 'end' as a node, '>' inside a style.
const lookAhead = [
  'flowchart LR\nsubgraph one twodirection LR\na\nend',
  'flowchart LR\nsubgraph one\ndirection LRe1@{ animate: true }\na\nend',
  'flowchart LR\nsubgraph one\na --> bdirection LR\nend',
  'flowchart LR\na --> b direction TB',
  'flowchart LR\nA[x direction LR]',
  'flowchart LR\ngraph; LR',
  'graph; LR\nA',
  'graph ;BT\nA',
  'graph;\nA',
  'flowchart LR\nend[[x]]',
  'flowchart LR\nA --> end[[x]]',
  'flowchart LR\nstyle A fill:#f96>',
  'flowchart LR\nA\nstyle A fill:>#f96',
  'flowchart LR\nA\nclassDef c fill:#f96>',
  'flowchart LR\ne]dge3@ --> B',
  'flowchart LR\nA e]dge3@--> B',
  'flowchart LR\nA[Line<br>tw@o]',
  'flowchart LR\nC@{@ shape: fork }',
  'flowchart LR\nA -->|Line<br>tw@o| B',
  'flowchart LR\nA -- tw@o --> B',
  'flowchart LR\nA[tw@o]',
  'flowchart LR\nsubgraph one\ndirection LR\na\nend',
  'flowchart LR\nsubgraph one\n  direction\n  TB\na\nend',
  'flowchart LR\nA e1@--> B',
  'flowchart LR\nA x@y --> B',
  'flowchart LR\nA --> B\nA e1@ --> C',
  'flowchart LR\nA@{ shape: rect }\nB@{shape:rect}',
  'flowchart LR\nA -->|a@b c| B',
  'flowchart LR\nA -->|a @b| B',
  'flowchart LR\nsubgraph one\ndirection XY\nend',
  'flowchart LR\nA[Set direction]\nB --> C', 'flowchart LR\nA\nstyle A fill:rgb(1,2,3)', 'flowchart LR\nA\nclass A c>ls', 'flowchart LR\nA-->B\nlinkStyle 0 stroke:<red',
  'flowchart LR\nA\nstyle A fill:"#f96>"', 'flowchart LR\nA --> end', 'graph LR;\nA', 'graph\n;A', 'flowchart LR\nA --> B\nend',
  'flowchart LR\nA & %%n1 --> B', 'flowchart LR\nA & %% --> B', 'flowchart LR\nA-->B\nclick A "https://example.com""tip"', 'flowchart LR\nA-->B\nclick A "u" "t"',
  'flowchart LR\nA@{ shape: rect }e1@--> B', 'flowchart LR\nA@{ shape: rect } e1@--> B', 'flowchart LR\nA@{ shape: rect }e1@ --> B',
  // Inside the slanted shapes '|' and '"' are text; in the others they are not.
  'flowchart LR\nA[/a|b/]', 'flowchart LR\nA[\\a|b\\]', 'flowchart LR\nA[/a|b\\] --> B[\\c"d/]', 'flowchart LR\nA[a|b]', 'flowchart LR\nA(a|b)'];
for (const text of lookAhead) add('lexer-look-ahead', text);

// Corners of mermaid's lexer met by the generated charts, one group per class of disagreement, each case with
// mermaid's recorded answer.
const lexerCorners = [
  // 'end' starting a token inside a style, class or link-style word (it is the keyword there, and fails); what a click statement's lexer state takes; a ';' inside a dotted link;
  // an entity-looking '#name;' after a ';' on a style or click line.
  "flowchart LR\nA-->B\nlinkStyle 0end stroke:red",
  "flowchart LR\nA-->B\nlinkStyle 0 stroke:end",
  "flowchart LR\nA\nclassDef cls fill:end#f96",
  "flowchart LR\nA\nclassDef cls fill:endless",
  "flowchart LR\nA\nclassDef cls fill:#end",
  "flowchart LR\nA\nclassDef cls fill:1end",
  "flowchart LR\nA\nstyle A fill:end",
  "flowchart LR\nA\nstyle A end:red",
  "flowchart LR\nA\nstyle A fill:red,end",
  "flowchart LR\nA\nstyle A fill:red,endx",
  "flowchart LR\nA\nclass A end",
  "flowchart LR\nA\nclass A x,end",
  "flowchart LR\nA\nclass end A",
  "flowchart LR\nA:::end",
  "flowchart LR\nC:::end:cls",
  "flowchart LR\nA\nstyle A fill:#end",
  "flowchart LR\nA\nstyle A fill:a-end",
  "flowchart LR\nA\nstyle A fill:a.end",
  "flowchart LR\nA\nstyle A fill:a/end",
  "flowchart LR\nA\nstyle A fill:a&end",
  "flowchart LR\nA\nstyle A fill:a*end",
  "flowchart LR\nA\nstyle A fill: end",
  "flowchart LR\nA\nstyle A fill:end-x",
  "flowchart LR\nA\nstyle A fill:end_x",
  "flowchart LR\nA\nstyle A fill:end.x",
  "flowchart LR\nA-->B\nclick A https://x\" \"tip\"",
  "flowchart LR\nA-->B\nclick C )\"url\"",
  "flowchart LR\nA-->B\nclick A \"url\"",
  "flowchart LR\nA-->B\nclick A call f()",
  "flowchart LR\nA-->B\nclick A f \"tip\"",
  "flowchart LR\nA-->B\nclick A a\"b",
  "flowchart LR\nA-->B\nclick A )",
  "flowchart LR\nA-->B\nclick A )x",
  "flowchart LR\nA-->B\nclick A (x",
  "flowchart LR\nA-->B\nclick A x)",
  "flowchart LR\nA -.;->|ok?| B",
  "flowchart LR\nA -.;-> B",
  "flowchart LR\nA-->B\nstyle A fill:#333; #333;",
  "flowchart LR\nA-->B\nstyle A fill:red; #quot;",
  "flowchart LR\nA-->B\nclick A \"u\"; #333;",
  // More of them, each with its neighbours: the click grammar, the diagram keyword glued to a direction, linkStyle's edge
  // list, '((-', a quote inside a rectangle's property, YAML's reserved indicators in a data block, an 'o--' where a node belongs.
  "flowchart LR\nA-->B\nclick A  \"url\"",
  "flowchart LR\nA-->B\nclick A \"url\"  \"tip\"",
  "flowchart LR\nA-->B\nclick A; B-->C",
  "flowchart LR\nA-->B\nclick A \"u\"; B-->C",
  "flowchart LR\nA-->B\nclick A cb; B-->C",
  "flowchart LR\nA-->B\nclick A cb(x)",
  "flowchart LR\nA-->B\nclick A call cb(x) \"t\"",
  "flowchart LR\nA-->B\nclick A call cb(\"x)\") \"t\"",
  "flowchart LR\nA-->B\nclick A a->b",
  "flowchart LR\nA-->B\nclick A a--b",
  "flowchart LR\nA-->B\nclick A default",
  "flowchart LR\nA-->B\nclick A style",
  "flowchart LR\nA-->B\nclick A a\"b \"t\"",
  "flowchart LR\nA-->B\nclick A 1\"b \"t\"",
  "flowchart LR\nA-->B\nclick A href \"u\" _blank",
  "flowchart LR\nA-->B\nclick A \"u\" _blankx",
  "flowchart LR\nA-->B\nclick A \"u\" \"t\" _top",
  "flowchart LR\nA-->B\nclick A cb _top",
  "flowchart LR\nA-->B\nclick A cb \"t\" \"u\"",
  "flowchart LR\nA-->B\nclick A \u00e9",
  "flowchart LR\nA-->B\nclick A a=b",
  "flowchart LR\nA-->B\nclick A a==b",
  "flowchart LR\nA-->B\nclick A @x",
  "flowchart LR\nA-->B\nclick A x@y",
  "flowchart LR\nA-->B\nclick A a.b",
  "flowchart LR\nA-->B\nclick A a-.b",
  "flowchart LR\nA-->B\nclick A ~x",
  "flowchart LR\nA-->B\nclick A ^x",
  "flowchart LR\nA-->B\nclick A v",
  "flowchart LR\nA-->B\nclick A call",
  "flowchart LR\nA-->B\nclick A call x",
  "flowchart LR\nA-->B\nclick A call x(",
  "flowchart LR\nA-->B\nclick A href\"u\"",
  ";graph TD\nA",
  "flowchart>\nA-->B",
  "graph<\nA-->B",
  "flowchart^ \nA-->B",
  "flowchart>;A-->B",
  "graph TD;\nA",
  ";\ngraph TD\nA",
  "flowchart-elk>\nA",
  "flowchart:\nA",
  "flowchart LR\nA((-y))",
  "flowchart LR\nA((\"-y\"))",
  "flowchart LR\nA((x-y))",
  "flowchart LR\nA-->B\nlinkStyle -0 stroke:red",
  "flowchart LR\nA-->B\nlinkStyle 0& stroke:red",
  "flowchart LR\nA-->B\nlinkStyle 0,1 stroke:red",
  "flowchart LR\nB[|border\"s:lt|x-y]",
  "flowchart LR\nB[|borders:l\"t|x-y]",
  "flowchart LR\nB[|\"borders:lt|x-y]",
  "flowchart LR\nA-->B\nlinkStyle default stroke:red",
  "flowchart LR\nA\nstyle A fill:&red",
  "flowchart LR\nA\nstyle A fill:*red",
  "flowchart LR\nA\nclass A &x",
  "flowchart LR\nA\nclassDef &x fill:red",
  "flowchart TD\ne2@{ |curve: linear }",
  "flowchart TD\nA@{ @shape: rect }",
  "flowchart TD\nA@{ shape: text,@ label: \"Go\" }",
  "flowchart TD\nA@{ shape: rect, label: \"@x\" }",
  "flowchart TD\nA@{ shape: rect, label: x@y }",
  "flowchart TD\nA@{ shape: rect, label: >x }",
  "flowchart TD\nA@{ shape: rect, label: %x }",
  "flowchart TD\nA@{ shape: rect, label: `x` }",
  "flowchart LR\no--o B",
  "flowchart LR\nA;o--o B",
  "flowchart LR\nA; o--o B",
  "flowchart LR\nx--x B",
  "flowchart LR\nA --> o--o B",
  "flowchart LR\nA & o--o B",
  "flowchart LR\no-->B",
  "flowchart LR\no --> B",
  "flowchart LR\nA\no==>B",
  "flowchart LR\nA\nx-.->B",
  "flowchart LR\nA:::c; o--o B",
  "flowchart LR\nA:::c; B --> C",
  "flowchart v\nsubgraph one two\ndefault/node>Go] x--x it's[|borders\":lt|Line<br>two]\nend",
  "flowchart TB\nclick endpoin)t \"https://example.com\" \"tip\"",
  "graph BT\nA[[ok?]] & end",
  "graph BT\nA & end --> B",
  "graph TD\nB[|borders:lt&|x]",
  "graph TD\nB[|bor&ders:lt|x]",
  "graph TD\nB[|borders:l*t!|x]",
  "graph TD\nB[|borders:l=t|x]",
  "graph TD\nB[|borders:l%t|x]",
  "graph TD\nB[|borders:l/t|x]",
  // An entity-looking '#name;' whose ';' is the one mermaid drops from a style line is no entity.
  "graph \nstyle Default fill:#f9f,str;oke:#333;",
  "graph \nA\nstyle A fill:#f9f; B#35;",
  "graph \nA#35;\nB",
  // A dotted link's text takes no '.' but the one that starts its closing link.
  "flowchart LR\nA -. -. .-> B",
  "flowchart LR\nA -. x -. y .-> B",
  "flowchart LR\nA -. x-.y .-> B",
  "flowchart LR\nA -. x -.y .-> B",
  "flowchart LR\nA -. x - y .-> B",
  "flowchart LR\nA -- x -- y --> B",
  "flowchart LR\nA == x == y ==> B",
  "flowchart LR\nA -. x . y .-> B",
  "flowchart LR\nA -. x -. .-> B",
  "flowchart LR\nA -.|x| y .-> B",
  "flowchart LR\nA -. x.y .-> B",
  "flowchart LR\nA -. x.-y .-> B",
  "flowchart LR\nA -. 1.5 .-> B",
  "flowchart LR\nA -. x .. y .-> B",
  // The end of a style or click statement at a line break.
  "graph\nA-->B\nlinkStyle 0stroke:red\nclass A cls",
  "graph\nA-->B\nlinkStyle 0 interpolate\nB",
  "graph\nA-->B\nlinkStyle 0 interpolate basis\nB",
  "graph\nA\nstyle A\nB",
  "graph\nA-->B\nclick A cb \nB",
  "graph\nA-->B\nclick A cb  \n",
  // '|' in an ellipse; what follows the ';' mermaid drops from a style line runs on in the style.
  "graph LR\nit's(-te|xt-)",
  "graph LR\nA(-a\"b-)",
  "graph LR\nA\nstyle A fill:#f9f,stroke:#333;-",
  "graph LR\nA\nstyle A fill:#f9f; B",
  "graph LR\nA\nstyle A fill:#f9f; B-->C",
  "graph LR\nA\nstyle A fill:#f9f;\nB-->C",
  "graph LR\nA\nclassDef c fill:#f9f; end",
  "graph LR\nA\nstyle A fill:#f9f;stroke:red",
  // A dotted link's closing link may start with a dash and a head.
  "flowchart LR\nA -. x -.- B",
  "flowchart LR\nA -. x -.-> B",
  "flowchart LR\nA -. x x-.-> B",
  "flowchart LR\nA -. x o-.-o B",
  "flowchart LR\nA -. x .-> B",
  "flowchart LR\nA -. x- .-> B",
  "flowchart LR\nA -. x--.-> B",
  "flowchart LR\nA -. x <-.-> B",
  // A keyword after ':' or ',' inside an id; '%%' names the node after a link's label.
  "flowchart LR\nA:end --> B",
  "flowchart LR\nA:style --> B",
  "flowchart LR\nA,end --> B",
  "flowchart LR\nA:graph --> B",
  "flowchart LR\nA:v --> B",
  "flowchart LR\nA:default --> B",
  "flowchart LR\nA:endx --> B",
  "flowchart LR\nA:class --> B",
  "flowchart LR\nA:subgraph --> B",
  "flowchart LR\nA-->B:end",
  "flowchart LR\nC & it's([x-y]) o--o|text| %%end1 --> B",
  "flowchart LR\nA -->|t| %%x",
  "flowchart LR\nA -->|t|\n%%x",
  // A rectangle's property starts a node-string; '%%' starting a statement after ';' is a node; a directive anywhere is removed.
  "graph TB\nA[|&borders:lt|x]",
  "graph TB\nA[|1borders:lt|x]",
  "graph TB\nA[|borders:lt|x]",
  "graph TD\nA --> B;%%\nB --> C",
  "graph TD\nA --> B; %%x --> C",
  "graph TD\nA --> B %% c",
  "graph TD\nA;%%{init: {\"theme\": \"dark\"}}%%\nB",
  "graph TD\nA --> %%{init: {\"theme\": \"dark\"}}%% B",
  "graph TD\nA %%{init: {\"theme\": \"dark\"}}%%\nB",
  "graph TD\nA & %%{init: {\"theme\": \"dark\"}}%% B",
  "graph TD\n%%{init: {\"theme\": \"dark\"}}%%\nA",
  // Mermaid's trapezoid end takes ')]', '(]' and ']]' too; 'click' and its id may be on two lines.
  "flowchart LR\nA[/x)]",
  "flowchart LR\nA[\\x)]",
  "flowchart LR\nA[/x\\]",
  "flowchart LR\nA[\\x\\]",
  "flowchart LR\nA[/x]]",
  "flowchart LR\nA[/x(]",
  "flowchart LR\nA[/x?]",
  "flowchart LR\nA[/?]",
  "flowchart LR\nA[\\x(]",
  "flowchart LR\nA[\\x]]",
  "flowchart LR\nclick\nA \"url\"",
  "flowchart LR\nclick  \n  A \"url\"",
  "flowchart LR\nclick",
  // Text after a string inside a label: mermaid joins it to the string ('"t"x' is 'tx'), in shapes, edge labels and subgraph headers.
  "flowchart LR\nA[\"t\"x] --> B",
  "flowchart LR\nA[\"t\" x ] --> B",
  "flowchart LR\nA(\"t\"x) --> B",
  "flowchart LR\nA-->|\"t\"x|B",
  "flowchart LR\nA-- \"t\"x -->B",
  "flowchart LR\nA[\"t\"\"u\"] --> B",
  "flowchart LR\nsubgraph s3[\"t\"@]\nA\nend",
  "flowchart LR\nA{\"t\"x} --> B",
  "flowchart LR\nA[/\"t\"x/] --> B",
  "flowchart LR\nA[\"`t`\"x] --> B",
  "flowchart LR\nA[\"t\"x\ny] --> B",
  "flowchart LR\nA(-\"t\"x-) --> B",
  "flowchart LR\nA[\"t\"x\"] --> B",
  "flowchart LR\nA[\"t\"<b>] --> B",
  "flowchart LR\nA==\"t\"x==>B",
  "flowchart LR\nA[|a:b|\"t\"x] --> B",
  "flowchart LR\nA[\" t \"x ] --> B",
  "flowchart LR\nA[\" t \"] --> B",
  "flowchart LR\nA-->|\" t \" x |B",
  "flowchart LR\nA-- \" t \" x -->B",
  "flowchart LR\nA[/\"t\"x\"/] --> B",
  "flowchart LR\nA[/x\"t\"/] --> B",
  "flowchart LR\nA[\"t\"  ] --> B",
  "flowchart LR\nA-- \"t\" -- x -->B",
  "flowchart LR\nA-- \"t\"- x -->B",
  "flowchart LR\nA-. \"t\"x .->B",
  "flowchart LR\nsubgraph s3[\"t\" x ]\nA\nend",
  "flowchart LR\nsubgraph \"t\"x\nA\nend",
  "flowchart LR\nA[\"t\"x|] --> B",
  "flowchart LR\nA-->|\"t\"x\"|B",
  "flowchart LR\nsubgraph \"t\" x\nA\nend",
  "flowchart LR\nsubgraph \"t\" x y\nA\nend",
  "flowchart LR\nsubgraph \"t\"x[y]\nA\nend",
  "flowchart LR\nsubgraph \"t\"-x\nA\nend",
  "flowchart LR\nsubgraph \"t\":x\nA\nend",
  "flowchart LR\nsubgraph \"t\"1\nA\nend",
  "flowchart LR\nsubgraph \"a b\"x\nA\nend",
  "flowchart LR\nsubgraph \"t\"  \nA\nend",
  "flowchart LR\nsubgraph \"t\"&x\nA\nend",
  "flowchart LR\nsubgraph \"t\"x\nA\nend\nsubgraph tx\nB\nend",
  // Directives go before comment lines are looked for: '%%%%{...}%%' alone leaves '%%', a node; a directive ends the word before it.
  "graph TD\n%%%%{init: {\"theme\": \"dark\"}}%%\nA",
  "graph TD\n%%%%{init: {\"theme\": \"dark\"}}%% \nA",
  "graph TD\n%%%%{init:\n {\"theme\": \"dark\"}}%%\nA",
  "graph TD\nA%%{init: {\"theme\": \"dark\"}}%%\nB",
  "graph TD\n%%%%{a}%%%%{b}%%\nA",
  "graph TD\n%%%%{init: {\"theme\": \"dark\"}}%%x\nA",
  "graph TD\nA-->B%%{init: {\"theme\": \"dark\"}}%%\nB",
  "graph TD\n  %%%%{init: {\"theme\": \"dark\"}}%%\nA-->%%",
  // In a subgraph header '%%' is a title word like any other (mermaid has no comment token, only comment lines).
  "flowchart LR\nsubgraph %%one two\nA\nend",
  "flowchart LR\nsubgraph a %%b\nA\nend",
  "flowchart LR\nsubgraph a[x] %%b\nA\nend",
  "flowchart LR\nsubgraph %%\nA\nend",
  "flowchart LR\nsubgraph \"t\" %%b\nA\nend",
  "flowchart LR\nsubgraph a\ndirection LR %%b\nA\nend",
  "flowchart LR\nsubgraph %%a\nA\nend",
  // 'end' closes a subgraph with no separator after it ('end B-->C', 'end%%'); a keyword may start after a non-ASCII letter;
  // 'direction' without a code is an id; thick edge text takes no '='; 'end' after a subgraph's quoted title.
  "flowchart LR\nsubgraph s\nA\nend B-->C",
  "flowchart LR\nsubgraph s\nA\nend%%\nB",
  "flowchart LR\nsubgraph s\nA\nend-->B",
  "flowchart LR\nsubgraph s\nA\nend[x]",
  "flowchart LR\nsubgraph s\nA\nend end",
  "flowchart LR\nsubgraph s\nsubgraph t\nA\nend end",
  "flowchart LR\nÄend-->B",
  "flowchart LR\nÄstyle-->B",
  "flowchart LR\nA-->Äend",
  "flowchart LR\nÄend1-->B",
  "flowchart LR\nsubgraph s\nA\nend style A fill:#f9f",
  "flowchart LR\nsubgraph s\nA\nend %%\nB",
  "flowchart LR\nsubgraph s\nA\nend.x",
  "flowchart LR\ndirection ;LR",
  "flowchart LR\ndirection",
  "flowchart LR\ndirection-->B",
  "flowchart LR\nsubgraph s\ndirection\nend",
  "flowchart LR\nsubgraph s1\ndirection ;LR\nA\nend",
  "flowchart LR\ndirection XY",
  "flowchart LR\nA-->direction",
  "graph BT\nB =={=\n  C <==> D",
  "graph BT\nB =={ ==> C",
  "graph BT\nB == x ==> C",
  "graph BT\nB == { ==> C",
  "graph BT\nB == a=\n b ==> C",
  "graph BT\nB -- { --> C",
  "graph BT\nB == a <==> C",
  "graph BT\nB == a ==> C <==> D",
  "graph BT\nB =={=\n  C(((x))) <==> D",
  "graph BT\nB == a= b ==> C",
  "graph BT\nB == a=b ==> C",
  "graph BT\nB == a\n b ==> C",
  "graph BT\nB == a=",
  "graph BT\nB -- a-\n b --> C",
  "graph BT\nB -. a.\n b .-> C",
  "graph BT\nB == a=\tb ==> C",
  "flowchart LR\nsubgraph \"Only a title\"end\ndirection LR\nA\nend",
  "flowchart LR\nsubgraph \"t\" end\nA\nend\nend",
  "flowchart LR\nsubgraph \"t\"endx\nA\nend",
  // An edge id glued to a node where mermaid's LINK_ID rule did not take the node into it; non-ASCII letters in styles.
  "flowchart LR\nA[x]e1@-->B",
  "flowchart LR\nA[x] e1@-->B",
  "flowchart LR\nn1>é ü]edge3@-..-> D",
  "flowchart LR\nA(x)e1@-->B",
  "flowchart LR\nA:::c e1@-->B",
  "flowchart LR\nA:::c1e1@-->B",
  "flowchart LR\nA@{ shape: rounded }e1@-->B",
  "flowchart LR\nA-->B\nstyle A fill:#f9f,stroke:é",
  "flowchart LR\nA-->B\nstyle A fill:é",
  "flowchart LR\nA-->B\nclassDef c fill:é",
  "flowchart LR\nA-->B\nlinkStyle 0 stroke:é",
  "flowchart LR\nA-->B\nstyle A fill:#f9f,stroke:#333%% x",
  "flowchart LR\nA-->B\nclass A é",
  "flowchart LR\nA[x y]e1@-->B",
  "flowchart LR\nA[\"x\"]e1@-->B",
  "graph v\nstyle node_2 fill:#f9f,stroke:#333%% é ü\n%% Go"];
for (const text of lexerCorners) add('lexer-corners', text);

// Separators and layout of statements.
const separators = ['A --> B; B --> C', 'A --> B\n\n\n  B --> C', 'A --> B;\n  B --> C;', '    A --> B    ', 'A-->B\r\n  B-->C', 'A --> B\n\t B --> C',
  'A --> B;   ', 'A\n  B\n  C', 'A; B; C'];
for (const body of separators) add('separators', `flowchart LR\n  ${body}`);

// Must-reject inputs.
const reject = ['flowchart LR\n  A -->', 'flowchart LR\n  A[unclosed', 'flowchart LR\n  A --> B]', 'flowchart LR\n  subgraph one\n    a',
  'flowchart LR\n  A --> end', 'flowchart LR\n  end --> A', 'flowchart LR\n  A(text]', 'flowchart LR\n  A{text)', 'flowchart LR\n  --> B',
  'flowchart LR\n  A -->|text B', 'flowchart LR\n  A -- text B', 'flowchart LR\n  A & --> B', 'flowchart LR\n  A --> & B', 'flowchart XY\n  A --> B',
  'notachart\n  A --> B', 'flowchart LR\n  A[[text]', 'flowchart LR\n  A((text)', 'flowchart LR\n  A[(text]', 'flowchart LR\n  A["unclosed quote]',
  'flowchart LR\n  A@{ shape: }', 'flowchart LR\n  A@{ shape: rect', 'flowchart LR\n  A --> B\n  end', 'flowchart LR\n  classDef', 'flowchart LR\n  click',
  'flowchart LR\n  style', 'flowchart LR\n  A ---> --> B', 'flowchart LR\n  A[text] B[text]', 'flowchart LR\n  A -- text -- B -- C',
  'flowchart LR\n  A --> B %% comment', 'flowchart LR\n  A --> B\n  linkStyle 3 stroke:red', 'flowchart LR\n  A{{text}', 'flowchart LR\n  A>text)',
  'flowchart LR\n  A -->|| --> B', 'flowchart LR\n  A ==> |x| B ==>', 'flowchart LR\n  subgraph\n  end', 'flowchart LR\n  A[/text]',
  'flowchart LR\n  A(((text))', 'flowchart LR\n  A e1@ B', 'flowchart LR\n  A@{ shape: rect }}', '', 'flowchart LR\n  A -- B'];
for (const text of reject) add('reject', text);

// Mermaid's own parser specs: every chart text they parse (spec-charts.jsonl, written by extract-spec-charts.mjs), one
// category per spec file, e.g. spec-flow-text.
const specCharts = readFileSync(new URL('spec-charts.jsonl', import.meta.url), 'utf8').split('\n').filter((line) => line.length > 0);
for (const line of specCharts) {
  const { file, text } = JSON.parse(line);
  add(`spec-${file}`, text);
}

for (const c of cases) process.stdout.write(`${JSON.stringify(c)}\n`);
