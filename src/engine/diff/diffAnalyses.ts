/**
 * The difference between two analyses (a plan's before and after, or any two scenarios): the
 * permitted edges added, removed, newly permitted or under fewer conditions; the findings added and
 * removed (paths from outside to administrators among them); the principals that newly reach an
 * administrator-level role; and a summary as codes and parameters, worded by i18n/diffText.ts.
 */
import type { Analysis, EdgeCondition, Finding, GraphEdge } from '../graph/types';
import { adminReach } from './adminReach';
import {
  WIDENING,
  type AdminReachChange,
  type AnalysisDiff,
  type DiffSummaryItem,
  type EdgeChange,
  type EdgeChangeKind,
  type FindingChange,
} from './types';

export interface DiffInput {
  before: Pick<Analysis, 'nodes' | 'edges' | 'findings'>;
  after: Pick<Analysis, 'nodes' | 'edges' | 'findings'>;
  /** Administrator-level roles of each side (adminReach.ts `administratorRoles`); no reach diff without them. */
  admins?: { before: ReadonlySet<string>; after: ReadonlySet<string> };
}

const conditionKey = (c: EdgeCondition) => `${c.key}|${c.operator}|${[...c.values].sort().join(',')}`;

/** How the conditions of an edge permitted on both sides changed, or undefined when they did not. */
function conditionChange(before: GraphEdge, after: GraphEdge): EdgeChangeKind | undefined {
  const was = new Set(before.conditional ? before.conditions.map(conditionKey) : []);
  const now = new Set(after.conditional ? after.conditions.map(conditionKey) : []);
  const dropped = [...was].some((k) => !now.has(k));
  const gained = [...now].some((k) => !was.has(k));
  if (dropped && gained) return 'other-conditions';
  return dropped ? 'fewer-conditions' : gained ? 'more-conditions' : undefined;
}

function edgeChanges(before: readonly GraphEdge[], after: readonly GraphEdge[]): EdgeChange[] {
  const was = new Map(before.map((e) => [e.id, e]));
  const now = new Map(after.map((e) => [e.id, e]));
  const changes: EdgeChange[] = [];
  for (const edge of after) {
    const old = was.get(edge.id);
    if (!edge.permitted) {
      if (old?.permitted) changes.push({ change: 'no-longer-permitted', edge, before: old });
    } else if (!old) changes.push({ change: 'added', edge });
    else if (!old.permitted) changes.push({ change: 'newly-permitted', edge, before: old });
    else {
      const change = conditionChange(old, edge);
      if (change) changes.push({ change, edge, before: old });
    }
  }
  for (const edge of before)
    if (edge.permitted && !now.has(edge.id)) changes.push({ change: 'removed', edge });
  return changes.sort((a, b) => (a.edge.id < b.edge.id ? -1 : a.edge.id > b.edge.id ? 1 : 0));
}

function findingChanges(before: readonly Finding[], after: readonly Finding[]): FindingChange[] {
  const was = new Set(before.map((f) => f.id));
  const now = new Set(after.map((f) => f.id));
  return [
    ...after.filter((f) => !was.has(f.id)).map((finding) => ({ change: 'added' as const, finding })),
    ...before.filter((f) => !now.has(f.id)).map((finding) => ({ change: 'removed' as const, finding })),
  ];
}

function reachChanges(input: DiffInput): AdminReachChange[] {
  if (!input.admins) return [];
  const was = adminReach(input.before, input.admins.before);
  const now = adminReach(input.after, input.admins.after);
  const split = (pair: string) => {
    const at = pair.indexOf('|');
    return { principal: pair.slice(0, at), admin: pair.slice(at + 1) };
  };
  return [
    ...[...now]
      .filter((p) => !was.has(p))
      .sort()
      .map((p) => ({ change: 'added' as const, ...split(p) })),
    ...[...was]
      .filter((p) => !now.has(p))
      .sort()
      .map((p) => ({ change: 'removed' as const, ...split(p) })),
  ];
}

/** Counts per target, as summary lines of one code, most first. */
function perTarget(
  edges: readonly EdgeChange[],
  code: DiffSummaryItem['code'],
  label: (id: string) => string,
): DiffSummaryItem[] {
  const counts = new Map<string, number>();
  for (const { edge } of edges) counts.set(edge.to, (counts.get(edge.to) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([target, count]) => ({ code, params: { target: label(target), id: target, count } }));
}

function summarize(diff: Omit<AnalysisDiff, 'summary'>, label: (id: string) => string): DiffSummaryItem[] {
  const opened = diff.edges.filter((c) => c.change === 'added' || c.change === 'newly-permitted');
  const loosened = diff.edges.filter(
    (c) => c.change === 'fewer-conditions' || c.change === 'other-conditions',
  );
  const closed = diff.edges.filter((c) => !WIDENING.has(c.change) && c.change !== 'more-conditions');
  const added = diff.findings.filter((f) => f.change === 'added').map((f) => f.finding);
  const count = (list: readonly unknown[]) => ({ count: list.length });
  const items: DiffSummaryItem[] = [
    ...perTarget(opened, 'new-ways-into', label),
    ...perTarget(loosened, 'fewer-conditions-into', label),
    ...perTarget(closed, 'lost-ways-into', label),
  ];
  const outside = added.filter((f) => f.code === 'outside-admin' || f.code === 'maybe-outside-admin');
  if (outside.length > 0) items.push({ code: 'new-outside-admin-paths', params: count(outside) });
  const reach = (change: 'added' | 'removed') => diff.adminReach.filter((r) => r.change === change);
  if (reach('added').length > 0) items.push({ code: 'new-admin-reach', params: count(reach('added')) });
  if (reach('removed').length > 0) items.push({ code: 'lost-admin-reach', params: count(reach('removed')) });
  if (added.length > 0) items.push({ code: 'new-findings', params: count(added) });
  const resolved = diff.findings.length - added.length;
  if (resolved > 0) items.push({ code: 'resolved-findings', params: { count: resolved } });
  return items.length > 0 ? items : [{ code: 'no-change', params: {} }];
}

/** What changed from `before` to `after`. */
export function diffAnalyses(input: DiffInput): AnalysisDiff {
  const labels = new Map([...input.before.nodes, ...input.after.nodes].map((n) => [n.id, n.label]));
  const diff = {
    edges: edgeChanges(input.before.edges, input.after.edges),
    findings: findingChanges(input.before.findings, input.after.findings),
    adminReach: reachChanges(input),
  };
  return { ...diff, summary: summarize(diff, (id) => labels.get(id) ?? id) };
}
