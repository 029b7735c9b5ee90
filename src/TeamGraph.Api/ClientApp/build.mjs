// Bundles GraphiQL and the explorer into ../wwwroot/ui and fails when the output would load anything from another
// host at run time (the pages must work offline).
import { build } from 'esbuild';
import { cp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(here, '../wwwroot/ui');

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

await build({
  entryPoints: {
    graphiql: path.join(here, 'src/graphiql.jsx'),
    explorer: path.join(here, 'src/explorer.js'),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: false,
  jsx: 'automatic',
  chunkNames: 'chunks/[name]-[hash]',
  assetNames: 'assets/[name]-[hash]',
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file' },
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
});

for (const page of ['graphiql.html', 'explorer.html']) {
  await cp(path.join(here, 'src', page), path.join(outdir, page));
}

// A URL on another host in a place the browser would fetch it from: a script or stylesheet link, a CSS url() or @import.
const remote = [
  /<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i,
  /@import\s+(?:url\()?\s*["']?(?:https?:)?\/\//i,
  /url\(\s*["']?(?:https?:)?\/\//i,
  /\bimport\s*\(\s*["'](?:https?:)?\/\//i,
  /\bimportScripts\s*\(\s*["'](?:https?:)?\/\//i,
];
const files = (await readdir(outdir, { recursive: true })).filter((f) => /\.(?:html|css|js)$/.test(f));
const offenders = [];
for (const file of files) {
  const text = await readFile(path.join(outdir, file), 'utf8');
  for (const pattern of remote) {
    const match = pattern.exec(text);
    if (match) {
      offenders.push(`${file}: ${text.slice(match.index, match.index + 120)}`);
    }
  }
}
if (offenders.length > 0) {
  console.error(`The UI would load from another host at run time:\n${offenders.join('\n')}`);
  process.exit(1);
}
console.log(`UI built into ${path.relative(process.cwd(), outdir)} (${files.length} files)`);
