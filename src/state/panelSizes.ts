/**
 * The sizes of the resizable panels around the graph, in CSS pixels, remembered in this browser.
 * Pure but for the storage it is handed, so it is tested in Node.
 */
import type { AppStore } from './store';

export interface PanelSizes {
  explorer: number;
  inspector: number;
  editor: number;
}

export type PanelName = keyof PanelSizes;

export const DEFAULT_PANEL_SIZES: PanelSizes = { explorer: 260, inspector: 340, editor: 220 };

/** What each panel may shrink or grow to; the graph keeps the rest (at least 300 px, see app.css). */
export const PANEL_LIMITS: Record<PanelName, { min: number; max: number }> = {
  explorer: { min: 180, max: 520 },
  inspector: { min: 240, max: 720 },
  editor: { min: 120, max: 640 },
};

export function clampPanelSize(name: PanelName, size: number): number {
  const { min, max } = PANEL_LIMITS[name];
  return Math.round(Math.min(max, Math.max(min, size)));
}

const KEY = 'trustscope.panels';

/** The sizes saved last, each checked; anything unreadable falls back to its default. */
export function loadPanelSizes(storage: Storage): PanelSizes {
  let saved: Partial<Record<PanelName, unknown>> | null = null;
  try {
    saved = JSON.parse(storage.getItem(KEY) ?? 'null') as typeof saved;
  } catch {
    saved = null;
  }
  const read = (name: PanelName) => {
    const value = saved?.[name];
    return typeof value === 'number' && Number.isFinite(value)
      ? clampPanelSize(name, value)
      : DEFAULT_PANEL_SIZES[name];
  };
  return { explorer: read('explorer'), inspector: read('inspector'), editor: read('editor') };
}

export function savePanelSizes(storage: Storage, sizes: PanelSizes): void {
  storage.setItem(KEY, JSON.stringify(sizes));
}

/** Writes the sizes whenever the user changes one (a drag ends, an arrow key moves a splitter). */
export function persistPanelSizes(store: AppStore, storage: Storage): () => void {
  return store.subscribe((state, previous) => {
    if (state.panels !== previous.panels) savePanelSizes(storage, state.panels);
  });
}
