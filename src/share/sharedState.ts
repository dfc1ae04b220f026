/** What a share link carries: the whole scenario, the user's document texts, and what was on screen. */
import type { Scenario } from '../model/scenario';

export interface SharedView {
  /** Node positions the user dragged. */
  dragged?: Record<string, { x: number; y: number }>;
  selection?: { kind: 'node' | 'edge'; id: string };
  /** The path being shown. */
  path?: { from: string; to: string; index?: number };
}

export interface SharedState {
  scenario: Scenario;
  /** Document texts that differ from the scenario's own JSON (kept exactly as typed, even if invalid). */
  texts?: Record<string, string>;
  view?: SharedView;
}

/** The payload inside a link of format version 1. */
export interface PayloadV1 extends SharedState {
  v: 1;
}
