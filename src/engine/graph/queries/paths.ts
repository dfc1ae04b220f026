/**
 * Paths through the trust graph: all simple paths between two nodes (bounded, cycle-safe, shortest
 * first), everything a node can reach, everyone who can reach it, and the session each path ends in.
 */
import type { Analysis, EdgeKind, GraphEdge, GraphNode } from '../types';
import { POD_IDENTITY_TAGS } from '../edges/podIdentityTags';
import { mayTakeBackward, mayTakeForward, stateAfter, stateBefore } from './groupWalk';

export interface SessionAtEnd {
  /** Longest session the last hop can give, in seconds: role chaining caps it at one hour. */
  maxDurationSeconds: number;
  chained: boolean;
  /** Whether the caller could still present MFA at the end; MFA does not survive chaining. */
  mfaPossible: boolean;
  /** Session tags that carry forward (Pod Identity's are transitive). */
  transitiveTags: string[];
  /** What a learner should notice about the session, as data the interface words in its language. */
  notes: SessionNote[];
}

export type SessionNote =
  /** A role session assumed another role (role chaining): at most one hour from here on. */
  | { code: 'role-chaining'; role: string }
  /** Pod Identity's session tags follow every role chained from the pod. */
  | { code: 'pod-identity-tags' };

/** One hop of a path or chain: its edge's id and kind, and for an escalation what it takes. */
export interface PathHop {
  edge: string;
  from: string;
  to: string;
  kind: EdgeKind;
  /** Escalation: the technique's id (`iam:PassRole+ec2:RunInstances`). */
  technique?: string;
  /** Escalation: the instance, function or policy it acts through, when one. */
  via?: string;
  /** A hop from a group: the user that joined the group and makes it (GraphEdge.joiner). */
  joiner?: string;
}

export function pathHop(edge: GraphEdge): PathHop {
  const hop: PathHop = { edge: edge.id, from: edge.from, to: edge.to, kind: edge.kind };
  if (edge.technique !== undefined) hop.technique = edge.technique;
  if (edge.via !== undefined) hop.via = edge.via;
  if (edge.joiner !== undefined) hop.joiner = edge.joiner;
  return hop;
}

export interface TrustPath {
  nodes: string[];
  edges: string[];
  /** Each edge's kind, and what an escalation takes: a path says how each hop is made. */
  hops: PathHop[];
  conditional: boolean;
  session: SessionAtEnd;
}

export interface PathOptions {
  maxDepth?: number;
  maxPaths?: number;
}

const ROLE_CHAIN_LIMIT = 3600;

function outgoing(analysis: Analysis): Map<string, GraphEdge[]> {
  const out = new Map<string, GraphEdge[]>();
  for (const e of analysis.edges) {
    if (!e.permitted) continue;
    const list = out.get(e.from);
    if (list) list.push(e);
    else out.set(e.from, [e]);
  }
  return out;
}

export function findPaths(
  analysis: Analysis,
  from: string,
  to: string,
  options: PathOptions = {},
): TrustPath[] {
  const maxDepth = options.maxDepth ?? 8;
  const maxPaths = options.maxPaths ?? 100;
  const out = outgoing(analysis);
  const nodes = new Map(analysis.nodes.map((n) => [n.id, n]));
  const found: GraphEdge[][] = [];
  const onPath = new Set<string>([from]);
  const trail: GraphEdge[] = [];
  // Depth-first with a visited-on-path set; the search stops at maxPaths so a dense graph stays cheap.
  // A group's hops are taken only by the user that has just joined it (groupWalk.ts).
  const visit = (at: string, state: string) => {
    if (found.length >= maxPaths * 4) return;
    for (const edge of out.get(at) ?? []) {
      if (onPath.has(edge.to) || !mayTakeForward(state, edge)) continue;
      trail.push(edge);
      if (edge.to === to) found.push([...trail]);
      else if (trail.length < maxDepth) {
        onPath.add(edge.to);
        visit(edge.to, stateAfter(edge));
        onPath.delete(edge.to);
      }
      trail.pop();
    }
  };
  if (from !== to) visit(from, from);
  return found
    .map((edges) => toPath(edges, nodes))
    .sort(
      (a, b) =>
        a.edges.length - b.edges.length ||
        Number(a.conditional) - Number(b.conditional) ||
        a.edges.join().localeCompare(b.edges.join()),
    )
    .slice(0, maxPaths);
}

function toPath(edges: GraphEdge[], nodes: Map<string, GraphNode>): TrustPath {
  return {
    nodes: [edges[0]?.from ?? '', ...edges.map((e) => e.to)],
    edges: edges.map((e) => e.id),
    hops: edges.map(pathHop),
    conditional: edges.some((e) => e.conditional),
    session: sessionAlong(edges, nodes),
  };
}

export function sessionAlong(edges: GraphEdge[], nodes: Map<string, GraphNode>): SessionAtEnd {
  let maxDurationSeconds = 0;
  let chained = false;
  let mfaPossible = false;
  const transitiveTags = new Set<string>();
  const notes: SessionNote[] = [];
  for (const edge of edges) {
    const target = nodes.get(edge.to);
    const roleMax = target?.maxSessionDuration ?? 3600;
    // A group's hop is its joiner's own session, a user's.
    const fromKind = nodes.get(edge.joiner ?? edge.from)?.kind;
    // A role session calling AssumeRole, or a CLI profile signing with one, is role chaining.
    const isChain = edge.chained || (edge.kind === 'AssumeRole' && fromKind === 'role');
    if (isChain) {
      chained = true;
      mfaPossible = false;
      maxDurationSeconds = Math.min(roleMax, ROLE_CHAIN_LIMIT);
      notes.push({ code: 'role-chaining', role: target?.label ?? edge.to });
    } else if (target?.kind === 'role') {
      maxDurationSeconds = roleMax;
      mfaPossible = fromKind === 'user';
    }
    if (edge.kind === 'PodIdentity') {
      for (const tag of POD_IDENTITY_TAGS) transitiveTags.add(tag);
      if (!notes.some((n) => n.code === 'pod-identity-tags')) notes.push({ code: 'pod-identity-tags' });
    }
  }
  return { maxDurationSeconds, chained, mfaPossible, transitiveTags: [...transitiveTags].sort(), notes };
}

/**
 * A node a breadth-first search reached: the length of its shortest path, and that path's hop at the
 * node (into it from `from`, or out of it toward `to`), which names the rest of the path hop by hop.
 */
export interface Reached {
  id: string;
  hops: number;
  edge: PathHop;
  /**
   * `whoCanReach`, when `edge` is the user joining a group: the hop it then makes from the group
   * toward `to` (a group's hops are each their joiner's, so the group's own entry may name another's).
   */
  joined?: PathHop;
}

/** Every node reachable from `from`, with the length of the shortest path (breadth-first). */
export function reachableFrom(analysis: Analysis, from: string): Reached[] {
  return breadthFirst(from, outgoing(analysis), {
    next: (e) => e.to,
    may: mayTakeForward,
    state: stateAfter,
  });
}

/** Every node that can reach `to`. */
export function whoCanReach(analysis: Analysis, to: string): Reached[] {
  const incoming = new Map<string, GraphEdge[]>();
  for (const e of analysis.edges) {
    if (!e.permitted) continue;
    const list = incoming.get(e.to);
    if (list) list.push(e);
    else incoming.set(e.to, [e]);
  }
  return breadthFirst(to, incoming, {
    next: (e) => e.from,
    may: mayTakeBackward,
    state: stateBefore,
    backward: true,
  });
}

/** How a search walks: the node an edge leads to, whether a state may take it, the state it leads to. */
interface Walk {
  next: (e: GraphEdge) => string;
  may: (state: string, e: GraphEdge) => boolean;
  state: (e: GraphEdge) => string;
  backward?: true;
}

/**
 * Breadth first over walk states (groupWalk.ts); each node is reported as its first state reached it,
 * but for a group walked back as one user's (the group does not act: the user does).
 */
function breadthFirst(start: string, adjacency: Map<string, GraphEdge[]>, walk: Walk): Reached[] {
  const states = new Map<string, { hops: number; edge: GraphEdge }>();
  const reached = new Map<string, Reached>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i] as string;
    const came = states.get(at);
    const hops = (came?.hops ?? 0) + 1;
    const node = came ? walk.next(came.edge) : start;
    for (const edge of adjacency.get(node) ?? []) {
      const n = walk.next(edge);
      const state = walk.state(edge);
      if (n === start || states.has(state) || !walk.may(at, edge)) continue;
      states.set(state, { hops, edge });
      queue.push(state);
      // Backward, a group as one user's reaches nothing itself: that user does.
      if (reached.has(n) || (walk.backward && state !== n)) continue;
      const entry: Reached = { id: n, hops, edge: pathHop(edge) };
      // Backward, out of a group as one user's: that user's join, then that hop.
      if (walk.backward && came && at !== node) entry.joined = pathHop(came.edge);
      reached.set(n, entry);
    }
  }
  return [...reached.values()].sort((a, b) => a.hops - b.hops || a.id.localeCompare(b.id));
}
