// Pan and zoom over a rendered mermaid SVG with d3-zoom: mouse wheel, drag, the toolbar's buttons and the keyboard
// (+ / - / 0 and the arrows on the focused diagram). The SVG fills its viewport and its drawing moves inside it, so a
// wide diagram is shown at a readable size and panned rather than shrunk to the viewport's width.
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform } from 'd3-zoom';

const svgNamespace = 'http://www.w3.org/2000/svg';

// Mermaid writes 16 px text: at 0.75 it is 12 px on screen. A diagram is fitted to its viewport, but never below this.
export const minimumStartScale = 0.75;
const scaleExtent = [0.1, 4];
const zoomStep = 1.25;
const panStep = 60;
const padding = 16;

export class PanZoom {
  #viewport;
  #onChange;
  #onUserEnd;
  #behaviour;
  #byUser = false;
  #svg = null;
  #layer = null;
  #home = zoomIdentity;

  // `viewport` is the element the SVG fills and that takes the keyboard; `onChange(scale)` hears every change,
  // `onUserEnd(scale)` the end of each one the user made (a wheel turn, a drag, a button, a key), not the page's own.
  constructor(viewport, { onChange, onUserEnd } = {}) {
    this.#viewport = viewport;
    this.#onChange = onChange;
    this.#onUserEnd = onUserEnd;
    this.#behaviour = zoom()
      .scaleExtent(scaleExtent)
      .on('zoom', (event) => this.#apply(event.transform))
      .on('end', (event) => {
        if (event.sourceEvent || this.#byUser) {
          this.#onUserEnd?.(event.transform.k);
        }
      });
    viewport.addEventListener('keydown', (event) => this.#key(event));
  }

  // The drawing's own size and origin, as mermaid laid it out (its viewBox before it was taken over).
  bounds = null;

  get scale() {
    return this.#svg ? this.#transform().k : 1;
  }

  // Takes over a freshly rendered mermaid SVG: its content goes into one layer that the zoom transforms, the SVG
  // fills the viewport, and the view starts fitted (not below minimumStartScale) with `focus` in sight.
  attach(svg, focus) {
    const box = svg.viewBox.baseVal;
    this.bounds = box && box.width > 0
      ? { x: box.x, y: box.y, width: box.width, height: box.height }
      : { x: 0, y: 0, width: svg.clientWidth, height: svg.clientHeight };
    svg.removeAttribute('viewBox');
    svg.style.removeProperty('max-width');
    svg.setAttribute('width', '100%');
    svg.setAttribute('height', '100%');
    const layer = document.createElementNS(svgNamespace, 'g');
    layer.setAttribute('class', 'zoom-layer');
    layer.append(...svg.childNodes);
    svg.append(layer);
    this.#svg = svg;
    this.#layer = layer;
    // A double click opens nothing here and would zoom by surprise; clicks on nodes still reach them.
    select(svg).call(this.#behaviour).on('dblclick.zoom', null);
    this.#home = this.#startTransform(focus);
    this.#behaviour.transform(select(svg), this.#home);
  }

  detach() {
    this.#svg = null;
    this.#layer = null;
  }

  // The scale the drawing started at.
  get startScale() {
    return this.#home.k;
  }

  zoomIn() {
    this.#byUser = true;
    try {
      this.#scaleBy(zoomStep);
    } finally {
      this.#byUser = false;
    }
  }

  zoomOut() {
    this.#byUser = true;
    try {
      this.#scaleBy(1 / zoomStep);
    } finally {
      this.#byUser = false;
    }
  }

  // Back to the starting view.
  reset() {
    if (this.#svg) {
      this.#byUser = true;
      try {
        this.#behaviour.transform(select(this.#svg), this.#home);
      } finally {
        this.#byUser = false;
      }
    }
  }

  // Sets the scale (kept within the zoom's extent) around the viewport's centre, as a link asks.
  scaleTo(scale) {
    if (this.#svg) {
      this.#behaviour.scaleTo(select(this.#svg), scale);
    }
  }

  // Pans so that `element` of the drawing is in the middle of the viewport, unless it is in sight already (a node
  // reached with Tab, or the one a link opened).
  reveal(element) {
    if (!this.#svg) {
      return;
    }
    const view = this.#svg.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    if (box.left >= view.left && box.right <= view.right && box.top >= view.top && box.bottom <= view.bottom) {
      return;
    }
    const k = this.scale;
    const dx = (view.left + view.width / 2) - (box.left + box.width / 2);
    const dy = (view.top + view.height / 2) - (box.top + box.height / 2);
    this.#behaviour.translateBy(select(this.#svg), dx / k, dy / k);
  }

  #scaleBy(factor) {
    if (this.#svg) {
      this.#behaviour.scaleBy(select(this.#svg), factor);
    }
  }

  #transform() {
    return zoomTransform(this.#svg);
  }

  #apply(transform) {
    this.#layer?.setAttribute('transform', transform.toString());
    this.#onChange?.(transform.k);
  }

  #key(event) {
    if (!this.#svg || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const pan = (dx, dy) => {
      this.#byUser = true;
      try {
        this.#behaviour.translateBy(select(this.#svg), dx / this.scale, dy / this.scale);
      } finally {
        this.#byUser = false;
      }
    };
    const actions = {
      '+': () => this.zoomIn(),
      '=': () => this.zoomIn(),
      '-': () => this.zoomOut(),
      _: () => this.zoomOut(),
      0: () => this.reset(),
      ArrowLeft: () => pan(panStep, 0),
      ArrowRight: () => pan(-panStep, 0),
      ArrowUp: () => pan(0, panStep),
      ArrowDown: () => pan(0, -panStep),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  }

  // Fitted to the viewport but between minimumStartScale and 1; a drawing that fits is centred, one that does not
  // starts at its left edge, or around `focus` (the role it is about) when that is given.
  #startTransform(focus) {
    const width = this.#svg.clientWidth;
    const height = this.#svg.clientHeight;
    const b = this.bounds;
    const fit = Math.min((width - 2 * padding) / b.width, (height - 2 * padding) / b.height);
    const k = Math.min(1, Math.max(fit, minimumStartScale));
    const place = (size, origin, extent, centre) => {
      if (extent * k <= size - 2 * padding) {
        return (size - extent * k) / 2 - origin * k;
      }
      const first = padding - origin * k; // the drawing's start at the viewport's start
      const last = size - padding - (origin + extent) * k; // the drawing's end at the viewport's end
      return centre === undefined ? first : Math.min(first, Math.max(last, size / 2 - centre * k));
    };
    const at = focus ? this.#centreOf(focus) : undefined;
    return zoomIdentity
      .translate(place(width, b.x, b.width, at?.x), place(height, b.y, b.height, at?.y))
      .scale(k);
  }

  // The centre of an element of the drawing, in the drawing's coordinates.
  #centreOf(element) {
    this.#layer.removeAttribute('transform');
    const box = element.getBBox();
    const matrix = this.#layer.getCTM().inverse().multiply(element.getCTM());
    return new DOMPoint(box.x + box.width / 2, box.y + box.height / 2).matrixTransform(matrix);
  }
}
