/**
 * What an analysis rests on, in one place: how many edges and findings take something for granted,
 * and each distinct assumption with how many of them it carries. Edges share their lists (one per
 * caller, one per assumed provider), so each list is read once however many edges hold it.
 */
import { isCut } from '../edges/edgeNotes';
import type { Assumption, EdgeNote } from '../types';

type Resting = readonly { assumptions: readonly Assumption[]; note?: EdgeNote }[];

export interface AssumptionSummary {
  /** Edges with at least one assumption; a cut edge is no way in, and rests on nothing that counts. */
  edges: number;
  /** Findings with at least one assumption. */
  findings: number;
  /** Each distinct assumption, sorted by code then text, with the edges and findings that carry it. */
  assumptions: (Assumption & { edges: number; findings: number })[];
}

export function summarizeAssumptions(analysis: { edges: Resting; findings: Resting }): AssumptionSummary {
  const byText = new Map<string, AssumptionSummary['assumptions'][number]>();
  const count = (items: Resting, field: 'edges' | 'findings') => {
    const lists = new Map<readonly Assumption[], number>();
    let resting = 0;
    for (const item of items) {
      if (item.assumptions.length === 0 || isCut(item)) continue;
      resting++;
      lists.set(item.assumptions, (lists.get(item.assumptions) ?? 0) + 1);
    }
    for (const [list, times] of lists)
      for (const a of list) {
        const key = `${a.code}|${a.text}`;
        let entry = byText.get(key);
        if (!entry) byText.set(key, (entry = { ...a, edges: 0, findings: 0 }));
        entry[field] += times;
      }
    return resting;
  };
  const edges = count(analysis.edges, 'edges');
  const findings = count(analysis.findings, 'findings');
  const assumptions = [...byText.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, entry]) => entry);
  return { edges, findings, assumptions };
}
