// Exports the current diagram as a standalone SVG file or a PNG image. Both come from a second rendering of the same
// mermaid text with SVG text labels instead of HTML ones: an SVG whose labels are HTML in <foreignObject> shows them
// only in browsers, and a canvas that draws one is tainted and refuses to be saved.
import mermaid from 'mermaid';

const svgNamespace = 'http://www.w3.org/2000/svg';
const exportDirective = '%%{init: {"htmlLabels": false, "flowchart": {"useMaxWidth": false}}}%%';
const pngScale = 2;
// Browsers refuse canvases past about 16k pixels a side (and 268M pixels): a larger diagram is drawn smaller.
const maxCanvasSide = 16384;
const margin = 8;

let exportCount = 0;

// The directive goes after the front matter (the API's diagrams start with one holding the title), which mermaid
// reads only at the very start of the text.
function withDirective(text) {
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  const head = frontMatter ? frontMatter[0] : '';
  return `${head}${exportDirective}\n${text.slice(head.length)}`;
}

// The diagram of mermaid `text` as the text of a standalone SVG document: its style sheet inside it, a white
// background, and its own size in pixels.
export async function standaloneSvg(text) {
  exportCount += 1;
  const { svg } = await mermaid.render(`explorer-export-${exportCount}`, withDirective(text));
  const documentNode = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = documentNode.documentElement;
  const box = root.viewBox.baseVal;
  const width = Math.ceil(box.width + 2 * margin);
  const height = Math.ceil(box.height + 2 * margin);
  root.setAttribute('viewBox', `${box.x - margin} ${box.y - margin} ${width} ${height}`);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.removeAttribute('style');
  const background = documentNode.createElementNS(svgNamespace, 'rect');
  for (const [name, value] of Object.entries({ x: box.x - margin, y: box.y - margin, width, height, fill: '#ffffff' })) {
    background.setAttribute(name, String(value));
  }
  const firstDrawn = [...root.children].find((child) => child.localName !== 'style' && child.localName !== 'defs');
  root.insertBefore(background, firstDrawn ?? null);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`, width, height };
}

// The same diagram as a PNG blob, drawn at twice its size for sharp text (less when that would be too large a canvas).
export async function png(text) {
  const svg = await standaloneSvg(text);
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = Math.min(pngScale, maxCanvasSide / svg.width, maxCanvasSide / svg.height, Math.sqrt(268e6 / (svg.width * svg.height)));
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(svg.width * scale);
    canvas.height = Math.floor(svg.height * scale);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

// Offers `blob` as a download named `fileName`.
export function download(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the blob once the click is handled; the URL is released on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
