/**
 * The in-page probe of the browser bench, installed with page.addInitScript before the app's own
 * scripts run. Plain JavaScript in a string: functions handed to Playwright are serialized, and tsx's
 * keepNames helpers (`__name`) do not exist in the page.
 *
 * It records, on the page's clock (ms since navigation start):
 * - every long task (PerformanceObserver 'longtask', buffered);
 * - every RPC message to and from the two workers (the Worker constructor is wrapped), with the time
 *   spent posting (structured clone) and reading `event.data` (deserialization, which Chromium does
 *   lazily on first access);
 * - `readyAt`: when `[data-testid="app"]` gets `data-ready="true"` (a MutationObserver, exact commit);
 * - `finalLayoutAt`: when the canvas says its layout is final (`data-layout="ready"`; a quick
 *   provisional layout, `data-layout="provisional"`, may come first);
 * - `drawnAt`: after ready, the first animation frame in which the canvas has every node (a big
 *   graph is handed to React Flow in batches, `data-drawn="all"` after the last) and a measured
 *   (visible) React Flow node, or the zoomed-out drawing of a big graph, is in the DOM, plus two
 *   more frames;
 * - on demand, animation-frame timestamps (with a user-timing mark per frame, for the CDP trace).
 */
export const PROBE_SCRIPT = String.raw`
(() => {
  if (window.__bench) return;
  const b = { longtasks: [], messages: [], readyAt: null, finalLayoutAt: null, drawnAt: null, frames: [], recording: false };
  window.__bench = b;
  performance.mark('bench-probe');
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    b.longtaskError = String(e);
  }
  /**
   * A grid packing standing in for ELK (BENCH layout "grid"): each group's members in rows, groups
   * sized to fit, positions relative to the parent as the layout worker returns them. Cheap (a few ms
   * for 5,000 boxes), so rendering and panning can be measured apart from the layout's cost.
   */
  const gridLayout = (request) => {
    const children = new Map();
    for (const box of request.boxes) {
      const key = box.parent !== undefined ? box.parent : '';
      if (!children.has(key)) children.set(key, []);
      children.get(key).push(box);
    }
    const positions = {};
    const place = (key) => {
      const items = (children.get(key) || []).map((box) => {
        if (box.group) {
          const inner = place(box.id);
          return { box, width: Math.max(box.width, inner.width + 40), height: Math.max(box.height, inner.height + 76) };
        }
        return { box, width: box.width, height: box.height };
      });
      const area = items.reduce((s, i) => s + (i.width + 28) * (i.height + 28), 0);
      const maxRow = Math.max(300, Math.sqrt(area) * 1.6);
      let x = 0, y = 0, rowHeight = 0, width = 0;
      for (const item of items) {
        if (x > 0 && x + item.width > maxRow) {
          x = 0;
          y += rowHeight + 28;
          rowHeight = 0;
        }
        const inGroup = key !== '';
        positions[item.box.id] = { x: x + (inGroup ? 20 : 0), y: y + (inGroup ? 56 : 0), width: item.width, height: item.height };
        x += item.width + 28;
        rowHeight = Math.max(rowHeight, item.height);
        width = Math.max(width, x);
      }
      return { width, height: y + rowHeight };
    };
    place('');
    return { positions };
  };
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(url, options) {
      super(url, options);
      const label = (options && options.name) || String(url).split('/').pop();
      const name = label.includes('engine') ? 'engine' : label.includes('layout') ? 'layout' : label;
      this.__benchName = name;
      this.addEventListener('message', (event) => {
        const t = performance.now();
        const data = event.data;
        const read = performance.now() - t;
        if (data && typeof data.id === 'number' && !data.progress)
          b.messages.push({ dir: 'in', worker: name, id: data.id, ok: data.ok, t, readMs: read });
      });
    }
    postMessage(message, options) {
      const t = performance.now();
      if (window.__benchGridLayout && this.__benchName === 'layout' && message && message.method === 'layout') {
        // The stand-in layout: answered on the page, the layout worker never sees the request.
        const result = gridLayout(message.params);
        b.messages.push({ dir: 'out', worker: 'layout', id: message.id, method: 'layout', t, postMs: 0 });
        setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: { id: message.id, ok: true, result } })));
        return;
      }
      if (options === undefined) super.postMessage(message);
      else super.postMessage(message, options);
      b.messages.push({
        dir: 'out',
        worker: this.__benchName,
        id: message && message.id,
        method: message && message.method,
        t,
        postMs: performance.now() - t,
      });
    }
  };
  new MutationObserver(() => {
    const app = document.querySelector('[data-testid="app"]');
    if (b.readyAt === null && app && app.getAttribute('data-ready') === 'true') b.readyAt = performance.now();
    const canvas = document.querySelector('[data-testid="graph-canvas"]');
    if (b.finalLayoutAt === null && canvas && canvas.getAttribute('data-layout') === 'ready')
      b.finalLayoutAt = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready', 'data-layout'] });
  const poll = () => {
    if (
      b.readyAt !== null &&
      document.querySelector('[data-testid="graph-canvas"][data-drawn="all"]') &&
      document.querySelector('.react-flow__node:not([style*="hidden"]), .far-drawing__nodes')
    ) {
      b.nodesAt = performance.now();
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          b.drawnAt = performance.now();
          performance.mark('bench-drawn');
          b.nodesInDom = document.querySelectorAll('.react-flow__node').length;
          b.edgesInDom = document.querySelectorAll('.react-flow__edge').length;
          // A big graph zoomed out draws its entities as SVG paths, one closed box ("z") each.
          b.farNodes = 0;
          for (const p of document.querySelectorAll('.far-drawing__nodes'))
            b.farNodes += ((p.getAttribute('d') || '').match(/z/g) || []).length;
        }),
      );
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  b.startFrames = () => {
    b.frames = [];
    b.recording = true;
    const frame = (t) => {
      if (!b.recording) return;
      b.frames.push(t);
      performance.mark('bench-frame');
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  };
  b.stopFrames = () => {
    b.recording = false;
    return b.frames;
  };
  /** A point of the pane with nothing on it (dragging a node or a group would move it, not pan). */
  b.emptyPanePoint = () => {
    const pane = document.querySelector('.react-flow__pane');
    if (!pane) return null;
    const r = pane.getBoundingClientRect();
    const blocked = '.react-flow__node, .react-flow__edge, .react-flow__minimap, .react-flow__controls, .react-flow__panel';
    let best = null;
    for (let gy = 1; gy < 20; gy++) {
      for (let gx = 1; gx < 20; gx++) {
        const x = r.left + (r.width * gx) / 20;
        const y = r.top + (r.height * gy) / 20;
        const el = document.elementFromPoint(x, y);
        if (!el || el.closest(blocked) || !el.closest('.react-flow')) continue;
        const d = Math.abs(gx - 10) + Math.abs(gy - 10);
        if (!best || d < best.d) best = { x, y, d };
      }
    }
    return best && { x: best.x, y: best.y };
  };
  b.viewport = () => {
    const v = document.querySelector('.react-flow__viewport');
    return v ? v.style.transform : '';
  };
})();
`;
