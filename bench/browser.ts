/**
 * The browser part of `npm run bench`: builds the app, serves it with `vite preview` on a free
 * loopback port, and drives Debian's Chromium (CHROMIUM_PATH overrides /usr/bin/chromium) through
 * Playwright:
 *
 * 1. First render of generated organizations of about 1,000 and 5,000 visible nodes
 *    (BENCH_BROWSER_NODES=1000,5000), opened through a share link (`#s=…`) in a fresh context: from
 *    navigation start to `data-ready="true"`, then to a measured React Flow node in the DOM plus two
 *    frames, with the phases in between (link decode, analysis in the worker, layout in its worker,
 *    rendering) read off the worker messages.
 * 2. Panning: a 2 s mouse drag on an empty spot of the pane, traced over CDP; main-thread time per
 *    animation frame (mean, p95), frame intervals, long tasks.
 * 3. Long tasks (> 100 ms) on the main thread from navigation start to the first render, with what
 *    the trace says they were made of.
 * 4. Initial JavaScript (gzip): dist/index.html's module script and its static imports, and what the
 *    page and its workers actually fetched before the first render.
 * 5. The page while a 50 MB account export imports in the worker (browserImport.ts).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { encodeShareFragment } from '../src/share/codec';
import { importTable, measureLargeImport, type ImportResult } from './browserImport';
import { PROBE_SCRIPT } from './browserProbe';
import { scenarioWithVisibleNodes, type SizedScenario } from './browserScenario';
import { breakdown, busy, mainThread, marks, startTrace } from './trace';

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const VIEWPORT = { width: 1440, height: 900 };
/** Chromium refuses URLs over 2 MiB; past this the scenario would have to be dropped as a file. */
const MAX_URL = 2 * 1024 * 1024;
const PAN_MS = 2000;

export interface InitialJs {
  entry: string;
  files: { file: string; bytes: number; gzip: number }[];
  gzipKiB: number;
  rawKiB: number;
}

export interface SizeResult {
  targetNodes: number;
  /** 'app': the app's own layout worker (quick and/or ELK); 'grid': a grid packing on the page standing in for it. */
  layout: 'app' | 'grid';
  /** False when the graph was not drawn within BENCH_BROWSER_TIMEOUT_S; the phases then stop short. */
  drawn: boolean;
  visibleNodes: number;
  visibleEdges: number;
  roles: number;
  importedVia: 'share-link';
  fragmentChars: number;
  readyMs: number;
  firstRenderMs: number;
  phases: Record<string, number>;
  nodesInDom: number;
  edgesInDom: number;
  /** Entities drawn zoomed out as SVG paths (`FarDrawing`) rather than as React Flow nodes. */
  nodesAsPaths: number;
  jsFetchedGzipKiB: number;
  longTasks: {
    over50: number;
    over100: number;
    maxMs: number;
    over100TotalMs: number;
    /** From the trace: main-thread tasks > 100 ms up to the first render, split by kind of work. */
    traced: { count: number; busyMs: number; styleLayoutMs: number; paintMs: number; otherMs: number };
  };
  pan?: PanResult;
  error?: string;
}

export interface PanResult {
  method: string;
  frames: number;
  frameIntervalMeanMs: number;
  frameIntervalP95Ms: number;
  mainThreadPerFrameMeanMs: number;
  mainThreadPerFrameP95Ms: number;
  perFrame: { styleLayoutMs: number; paintMs: number; otherMs: number };
  longTasks: number;
  longTaskMaxMs: number;
  panned: boolean;
}

export interface BrowserResults {
  chromium: string;
  initialJs: InitialJs;
  sizes: SizeResult[];
  largeImport?: ImportResult | { error: string };
}

const log = (s: string) => process.stdout.write(`${s}\n`);
const round = (n: number, digits = 0) => Number(n.toFixed(digits));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 30_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

/** The module script of index.html, its modulepreloads and (recursively) its static imports. */
export function initialJs(outDir: string): InitialJs {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const entry = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('dist/index.html has no module script');
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const queue = [entry, ...preloads].map((u) => posix.normalize(u.replace(/^\//, '')));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(outDir, file), 'utf8');
    // Static imports only: `import{…}from"./x.js"`, `import"./x.js"`, `export{…}from"./x.js"`, not import().
    for (const m of code.matchAll(
      /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+\.js)["']/g,
    )) {
      queue.push(posix.join(posix.dirname(file), m[1]!));
    }
  }
  const files = [...seen].map((file) => {
    const bytes = readFileSync(join(outDir, file));
    return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return {
    entry,
    files,
    gzipKiB: round(files.reduce((s, f) => s + f.gzip, 0) / 1024, 1),
    rawKiB: round(files.reduce((s, f) => s + f.bytes, 0) / 1024, 1),
  };
}

interface ProbeState {
  longtasks: { start: number; duration: number }[];
  messages: {
    dir: 'in' | 'out';
    worker: string;
    id: number;
    method?: string;
    t: number;
    readMs?: number;
    postMs?: number;
  }[];
  readyAt: number | null;
  finalLayoutAt: number | null;
  nodesAt?: number;
  drawnAt: number | null;
  nodesInDom?: number;
  edgesInDom?: number;
  farNodes?: number;
}

/**
 * The last `method` request answered before `before`, with its answer. A superseded request (a
 * newer one was sent, e.g. after the level-of-detail pass collapsed accounts) and a follow-up still
 * running (ELK after a provisional quick layout) are not it.
 */
function lastCall(probe: ProbeState, worker: string, method: string, before: number) {
  const outs = probe.messages.filter(
    (m) => m.dir === 'out' && m.worker === worker && m.method === method && m.t <= before,
  );
  for (let i = outs.length - 1; i >= 0; i--) {
    const out = outs[i]!;
    const answer = probe.messages.find(
      (m) => m.dir === 'in' && m.worker === worker && m.id === out.id && m.t <= before,
    );
    if (answer) return { out, answer };
  }
  return undefined;
}

const TIMEOUT_S = Number(process.env.BENCH_BROWSER_TIMEOUT_S ?? 180);

async function measureSize(
  browser: Browser,
  base: string,
  outDir: string,
  target: number,
  sized: SizedScenario,
  layoutKind: 'app' | 'grid',
): Promise<SizeResult> {
  const fragment = encodeShareFragment({ scenario: sized.scenario });
  if (base.length + fragment.length + 2 > MAX_URL)
    throw new Error(`the share link (${fragment.length} chars) exceeds Chromium's URL limit`);

  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const fetched = new Set<string>();
  context.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/assets/') && path.endsWith('.js')) fetched.add(path.slice(1));
  });
  if (layoutKind === 'grid') await page.addInitScript({ content: 'window.__benchGridLayout = true;' });
  await page.addInitScript({ content: PROBE_SCRIPT });
  const session = await context.newCDPSession(page);
  try {
    const stopImportTrace = await startTrace(session);
    await page.goto(`${base}/#${fragment}`);
    // Polled with page.evaluate (CDP, outside the page's CSP): waitForFunction evals, which the CSP forbids.
    const deadline = Date.now() + TIMEOUT_S * 1000;
    let drawn = false;
    while (!(drawn = await page.evaluate<boolean>('!!window.__bench && window.__bench.drawnAt !== null'))) {
      if (Date.now() > deadline) break;
      await sleep(250);
    }
    if (!drawn) log(`  not drawn within ${TIMEOUT_S} s (BENCH_BROWSER_TIMEOUT_S)`);
    const probe = await page.evaluate<ProbeState>('window.__bench');
    const importEvents = await stopImportTrace();
    const notice = await page.getByTestId('notice').allTextContents();
    if (notice.some((t) => /error|fail/i.test(t))) log(`  notice: ${notice.join(' / ')}`);

    const now = await page.evaluate<number>('performance.now()');
    const readyAt = probe.readyAt ?? now;
    const drawnAt = probe.drawnAt ?? now;
    const phases: Record<string, number> = {};
    const decode = lastCall(probe, 'engine', 'decodeLink', readyAt);
    const analyze = lastCall(probe, 'engine', 'analyze', readyAt);
    const layout = lastCall(probe, 'layout', 'layout', readyAt);
    if (decode) {
      phases.startupToDecodeMs = round(decode.out.t);
      phases.decodeLinkMs = round(decode.answer.t - decode.out.t);
    }
    if (analyze) {
      phases.startupMs = round(analyze.out.t);
      phases.analysisWorkerMs = round(analyze.answer.t - analyze.out.t);
      phases.analysisDeserializeMs = round(analyze.answer.readMs ?? 0, 1);
    }
    if (analyze && layout) {
      phases.analysisToLayoutRequestMs = round(layout.out.t - analyze.answer.t);
      phases.layoutWorkerMs = round(layout.answer.t - layout.out.t);
      phases.layoutToReadyMs = round(readyAt - layout.answer.t);
    }
    if (drawn) phases.readyToDrawnMs = round(drawnAt - readyAt);
    else if (analyze && !layout) phases.layoutStillRunningAfterMs = round(now - analyze.answer.t);
    phases.analyzeCalls = probe.messages.filter((m) => m.dir === 'out' && m.method === 'analyze').length;
    phases.layoutCalls = probe.messages.filter((m) => m.dir === 'out' && m.method === 'layout').length;

    const early = probe.longtasks.filter((t) => t.start < drawnAt);
    const over100 = early.filter((t) => t.duration > 100);
    const thread = mainThread(importEvents, 'bench-probe');
    const traced = { count: 0, busyMs: 0, styleLayoutMs: 0, paintMs: 0, otherMs: 0 };
    if (thread) {
      const end = marks(thread, 'bench-drawn')[0] ?? Infinity;
      const start = marks(thread, 'bench-probe')[0] ?? -Infinity;
      for (const [s, e] of thread.tasks) {
        if (e - s <= 100_000 || s < start || s > end) continue;
        const part = breakdown(thread, s, e);
        traced.count++;
        traced.busyMs += part.busyMs;
        traced.styleLayoutMs += part.styleLayoutMs;
        traced.paintMs += part.paintMs;
        traced.otherMs += part.otherMs;
      }
    }
    for (const k of Object.keys(traced) as (keyof typeof traced)[]) traced[k] = round(traced[k]);

    const jsFetched = [...fetched].filter((f) => existsSync(join(outDir, f)));
    const result: SizeResult = {
      targetNodes: target,
      layout: layoutKind,
      drawn,
      visibleNodes: sized.visibleNodes,
      visibleEdges: sized.visibleEdges,
      roles: sized.roles,
      importedVia: 'share-link',
      fragmentChars: fragment.length,
      readyMs: drawn ? round(readyAt) : NaN,
      firstRenderMs: drawn ? round(drawnAt) : NaN,
      phases,
      nodesInDom: probe.nodesInDom ?? 0,
      edgesInDom: probe.edgesInDom ?? 0,
      nodesAsPaths: probe.farNodes ?? 0,
      jsFetchedGzipKiB: round(
        jsFetched.reduce((s, f) => s + gzipSync(readFileSync(join(outDir, f)), { level: 9 }).length, 0) /
          1024,
        1,
      ),
      longTasks: {
        over50: early.length,
        over100: over100.length,
        maxMs: round(Math.max(0, ...early.map((t) => t.duration))),
        over100TotalMs: round(over100.reduce((s, t) => s + t.duration, 0)),
        traced,
      },
    };
    if (drawn) {
      // A provisional layout is replaced by ELK's a few seconds later: pan what stays on screen.
      while ((await page.evaluate<number | null>('window.__bench.finalLayoutAt')) === null) {
        if (Date.now() > deadline) break;
        await sleep(250);
      }
      const finalAt = await page.evaluate<number | null>('window.__bench.finalLayoutAt');
      if (finalAt !== null && finalAt > readyAt) phases.finalLayoutMs = round(finalAt);
      await sleep(1000);
      result.pan = await measurePan(page, session);
    }
    return result;
  } finally {
    await session.detach().catch(() => undefined);
    await context.close();
  }
}

async function measurePan(page: Page, session: CDPSession): Promise<PanResult> {
  let point = await page.evaluate<{ x: number; y: number } | null>('window.__bench.emptyPanePoint()');
  let method = 'drag on the pane';
  if (!point) {
    const box = await page.locator('.react-flow__minimap').boundingBox();
    if (!box) throw new Error('no empty spot on the pane and no minimap to pan with');
    point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    method = 'drag on the minimap (no empty spot on the pane)';
  }
  const before = await page.evaluate<string>('window.__bench.viewport()');
  const stopTrace = await startTrace(session);
  await page.evaluate('window.__bench.startFrames()');
  const panStart = await page.evaluate<number>('performance.now()');
  await page.mouse.move(point.x, point.y);
  await page.mouse.down();
  const t0 = Date.now();
  let last = t0;
  for (;;) {
    const e = Date.now() - t0;
    if (e >= PAN_MS) break;
    // Drift right and down, with a wobble: a new part of the graph keeps entering the viewport.
    const sign = method.startsWith('drag on the minimap') ? -0.1 : 1;
    const x = point.x + sign * (-400 * (e / PAN_MS) + 60 * Math.sin((2 * Math.PI * e) / 500));
    const y = point.y + sign * (-200 * (e / PAN_MS) + 40 * Math.cos((2 * Math.PI * e) / 700));
    await page.mouse.move(x, y);
    const now = Date.now();
    if (now - last < 16) await sleep(16 - (now - last));
    last = Date.now();
  }
  await page.mouse.up();
  const panEnd = await page.evaluate<number>('performance.now()');
  const frames = await page.evaluate<number[]>('window.__bench.stopFrames()');
  const events = await stopTrace();
  const after = await page.evaluate<string>('window.__bench.viewport()');
  const longtasks = (await page.evaluate<ProbeState['longtasks']>('window.__bench.longtasks')).filter(
    (t) => t.start >= panStart && t.start < panEnd,
  );

  const intervals = frames.slice(1).map((t, i) => t - frames[i]!);
  const thread = mainThread(events, 'bench-frame');
  const perFrame: number[] = [];
  const split = { styleLayoutMs: 0, paintMs: 0, otherMs: 0 };
  if (thread) {
    const ts = marks(thread, 'bench-frame');
    for (let i = 1; i < ts.length; i++) perFrame.push(busy(thread, ts[i - 1]!, ts[i]!) / 1000);
    if (ts.length > 1) {
      const part = breakdown(thread, ts[0]!, ts[ts.length - 1]!);
      const n = ts.length - 1;
      split.styleLayoutMs = round(part.styleLayoutMs / n, 1);
      split.paintMs = round(part.paintMs / n, 1);
      split.otherMs = round(part.otherMs / n, 1);
    }
  }
  return {
    method,
    frames: frames.length,
    frameIntervalMeanMs: round(mean(intervals), 1),
    frameIntervalP95Ms: round(quantile(intervals, 0.95), 1),
    mainThreadPerFrameMeanMs: round(mean(perFrame), 1),
    mainThreadPerFrameP95Ms: round(quantile(perFrame, 0.95), 1),
    perFrame: split,
    longTasks: longtasks.length,
    longTaskMaxMs: round(Math.max(0, ...longtasks.map((t) => t.duration))),
    panned: before !== after,
  };
}

/** Runs the whole browser section; returns undefined (with a message) when Chromium is absent. */
export async function runBrowserBench(root: string): Promise<BrowserResults | undefined> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    log(`Browser: skipped, no Chromium at ${executablePath} (set CHROMIUM_PATH).`);
    return undefined;
  }
  const targets = (process.env.BENCH_BROWSER_NODES ?? '1000,5000')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  // BENCH_BROWSER_LAYOUTS=app skips the grid stand-in runs.
  const layouts = (process.env.BENCH_BROWSER_LAYOUTS ?? 'app,grid')
    .split(',')
    .filter((l): l is 'app' | 'grid' => l === 'app' || l === 'grid');
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  // A private output directory: the e2e suite and other people's previews keep using dist/.
  const outDir = mkdtempSync(join(tmpdir(), 'trustscope-bench-'));
  let preview: ChildProcess | undefined;
  let browser: Browser | undefined;
  try {
    log('Browser: building the app…');
    execFileSync(
      process.execPath,
      [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
      {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    const js = initialJs(outDir);
    const port = await freePort();
    preview = spawn(
      process.execPath,
      [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
      { cwd: root, stdio: 'ignore' },
    );
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/`, preview);
    browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS });
    const sizes: SizeResult[] = [];
    for (const target of targets) {
      const sized = scenarioWithVisibleNodes(target);
      log(
        `Browser: about ${target} nodes: ${sized.roles} roles → ${sized.visibleNodes} visible nodes, ` +
          `${sized.visibleEdges} edges`,
      );
      for (const layout of layouts) {
        log(
          `  ${layout === 'app' ? 'the app’s layout worker' : 'grid layout standing in for the layout worker'}…`,
        );
        try {
          sizes.push(await measureSize(browser, base, outDir, target, sized, layout));
        } catch (error) {
          log(`  failed: ${String(error)}`);
          sizes.push({ targetNodes: target, layout, error: String(error) } as SizeResult);
        }
      }
    }
    log('Browser: a 50 MB account export importing…');
    const largeImport = await measureLargeImport(browser, base, outDir, VIEWPORT).catch((error: unknown) => {
      log(`  failed: ${String(error)}`);
      return { error: String(error) };
    });
    return { chromium: browser.version(), initialJs: js, sizes, largeImport };
  } finally {
    await browser?.close();
    if (preview?.pid !== undefined && preview.exitCode === null) preview.kill('SIGTERM');
    rmSync(outDir, { recursive: true, force: true });
  }
}

const row = (cells: (string | number | undefined)[]) =>
  `| ${cells.map((c) => String(c ?? '')).join(' | ')} |\n`;
const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '' : `${n} ms`);

export function browserTable(r: BrowserResults): string {
  let t = `\nBrowser (Chromium ${r.chromium}, software rendering, ${VIEWPORT.width}×${VIEWPORT.height})\n\n`;
  t += row([
    'Visible nodes / edges',
    'Layout',
    'Ready',
    'First render',
    'Final layout',
    'Startup',
    'Analysis (worker)',
    'Layout (worker)',
    'Render',
    'Tasks > 100 ms (max)',
    'Pan: main thread per frame (mean / p95)',
    'Pan: frame interval (mean / p95)',
    'Pan: long tasks',
  ]);
  t += row(Array<string>(13).fill('---'));
  for (const s of r.sizes) {
    if (s.error) {
      t += row([`~${s.targetNodes}`, s.layout, `failed: ${s.error.split('\n')[0]}`]);
      continue;
    }
    const p = s.phases;
    const notDrawn = `not drawn in ${TIMEOUT_S} s`;
    t += row([
      `${s.visibleNodes} / ${s.visibleEdges}`,
      s.layout === 'app' ? 'app' : 'grid stand-in',
      s.drawn ? ms(s.readyMs) : notDrawn,
      s.drawn ? ms(s.firstRenderMs) : notDrawn,
      ms(p.finalLayoutMs),
      ms(p.startupMs),
      ms(p.analysisWorkerMs),
      p.layoutWorkerMs !== undefined
        ? ms(p.layoutWorkerMs)
        : p.layoutStillRunningAfterMs !== undefined
          ? `> ${p.layoutStillRunningAfterMs} ms`
          : '',
      s.drawn
        ? ms((p.analysisToLayoutRequestMs ?? 0) + (p.layoutToReadyMs ?? 0) + (p.readyToDrawnMs ?? 0))
        : '',
      `${s.longTasks.over100} (${s.longTasks.maxMs} ms)`,
      s.pan ? `${s.pan.mainThreadPerFrameMeanMs} / ${s.pan.mainThreadPerFrameP95Ms} ms` : '',
      s.pan ? `${s.pan.frameIntervalMeanMs} / ${s.pan.frameIntervalP95Ms} ms` : '',
      s.pan ? `${s.pan.longTasks} (max ${s.pan.longTaskMaxMs} ms)` : '',
    ]);
  }
  t +=
    `\nInitial JS (gzip): ${r.initialJs.gzipKiB} KiB in ${r.initialJs.files.length} file(s) ` +
    `(${r.initialJs.rawKiB} KiB raw): ${r.initialJs.files.map((f) => `${f.file} ${round(f.gzip / 1024, 1)} KiB`).join(', ')}\n`;
  for (const s of r.sizes) {
    if (s.error) continue;
    t +=
      `~${s.targetNodes} nodes, ${s.layout}: JS fetched before first render (page + workers, gzip) ${s.jsFetchedGzipKiB} KiB; ` +
      `${s.nodesInDom} nodes / ${s.edgesInDom} edges in the DOM, ${s.nodesAsPaths} nodes drawn as SVG paths; phases ${JSON.stringify(s.phases)}; ` +
      `long tasks > 100 ms by trace: ${JSON.stringify(s.longTasks.traced)}` +
      (s.pan
        ? `; pan (${s.pan.method}${s.pan.panned ? '' : ', VIEWPORT DID NOT MOVE'}) per frame ${JSON.stringify(s.pan.perFrame)}`
        : '') +
      '\n';
  }
  if (r.largeImport)
    t +=
      'error' in r.largeImport
        ? `\nA 50 MB account export importing: failed: ${r.largeImport.error.split('\n')[0]}\n`
        : importTable(r.largeImport);
  return t;
}
