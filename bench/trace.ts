/**
 * Chrome tracing over CDP for the browser bench, and the little analysis it needs: the page's
 * renderer main thread, its top-level tasks (merged, so nested RunTask events count once), and how
 * much of a window went to style and layout, to paint, and to the rest (script, GC, React).
 */
import type { CDPSession } from '@playwright/test';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing', '-*'];

export async function startTrace(session: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (data) => {
    for (const e of data.value) events.push(e as unknown as TraceEvent);
  });
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES.filter((c) => !c.startsWith('-')) },
  });
  return async () => {
    const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
    await session.send('Tracing.end');
    await complete;
    return events;
  };
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const STYLE_LAYOUT = new Set(['UpdateLayoutTree', 'Layout', 'RecalculateStyles']);
const PAINT = new Set(['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'Commit']);

export interface MainThread {
  pid: number;
  tid: number;
  /** Merged top-level task intervals, µs on the trace clock. */
  tasks: [number, number][];
  events: TraceEvent[];
}

/** The renderer main thread that ran the probe (the last one to mark `mark`). */
export function mainThread(events: TraceEvent[], mark: string): MainThread | undefined {
  const marks = events.filter((e) => e.name === mark && e.cat.includes('blink.user_timing'));
  const last = marks[marks.length - 1];
  if (!last) return undefined;
  const own = events.filter((e) => e.pid === last.pid && e.tid === last.tid);
  const raw = own
    .filter((e) => e.ph === 'X' && TASK_NAMES.has(e.name) && e.dur !== undefined)
    .map((e): [number, number] => [e.ts, e.ts + (e.dur ?? 0)])
    .sort((a, b) => a[0] - b[0]);
  const tasks: [number, number][] = [];
  for (const [s, e] of raw) {
    const top = tasks[tasks.length - 1];
    if (top && s <= top[1]) top[1] = Math.max(top[1], e);
    else tasks.push([s, e]);
  }
  return { pid: last.pid, tid: last.tid, tasks, events: own };
}

/** µs of [from, to) covered by the thread's top-level tasks. */
export function busy(thread: MainThread, from: number, to: number): number {
  let sum = 0;
  for (const [s, e] of thread.tasks) {
    if (e <= from) continue;
    if (s >= to) break;
    sum += Math.min(e, to) - Math.max(s, from);
  }
  return sum;
}

/** Where the main thread's time in [from, to) went, in ms: style + layout, paint, everything else. */
export function breakdown(thread: MainThread, from: number, to: number) {
  let styleLayout = 0;
  let paint = 0;
  for (const e of thread.events) {
    if (e.ph !== 'X' || e.dur === undefined || e.ts < from || e.ts >= to) continue;
    if (STYLE_LAYOUT.has(e.name)) styleLayout += e.dur;
    else if (PAINT.has(e.name)) paint += e.dur;
  }
  const total = busy(thread, from, to);
  return {
    busyMs: total / 1000,
    styleLayoutMs: styleLayout / 1000,
    paintMs: paint / 1000,
    otherMs: Math.max(0, total - styleLayout - paint) / 1000,
  };
}

/** Timestamps (trace clock, µs) of the user-timing marks named `name` on the thread. */
export function marks(thread: MainThread, name: string): number[] {
  return thread.events.filter((e) => e.name === name && e.cat.includes('blink.user_timing')).map((e) => e.ts);
}
