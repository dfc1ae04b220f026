/**
 * The chains a node can take to a session that acts: itself when it is a user or role, and the
 * shortest permitted path to every user or role it can become. What the session at the end carries
 * from the chain: session tags (EKS Pod Identity's are transitive, so they follow every role chained
 * from the pod: https://docs.aws.amazon.com/eks/latest/userguide/pod-id-abac.html) and whether MFA
 * can still be presented (it does not survive role chaining). A user that can add itself to a group
 * (an `iam:AddUserToGroup` escalation edge) has one more chain, ending in the group: its own
 * session with the group's policies (joinedGroup.ts). Chains go on from the group only along the
 * edges that user makes from it (graph/queries/groupWalk.ts).
 */
import { pathHop, sessionAlong, type PathHop } from '../graph/queries/paths';
import type { PreparedPrincipal, PreparedScenario } from '../graph/analysis/prepareScenario';
import type { Analysis, EdgeCondition, GraphEdge, GraphNode } from '../graph/types';
import type { ProfileSession } from '../graph/analysis/profileSessions';
import { hopHolds, madeBy } from './profileChains';
import { mayTakeBackward, mayTakeForward, stateAfter, stateBefore } from '../graph/queries/groupWalk';
import { asMember, isJoinEdge, joinedGroup, type JoinedGroup } from '../graph/analysis/joinedGroup';

export interface Chain {
  /**
   * Node ids from the principal to the session that acts (the principal alone when it acts itself);
   * a chain that joins a group ends in the group, after the user that joins it.
   */
  via: string[];
  edges: string[];
  /** Each hop's edge kind, and what an escalation hop takes. */
  hops: PathHop[];
  /** What the chain's hops need the caller to bring (their conditional edges' conditions). */
  conditions: EdgeCondition[];
  session: Session;
}

/** The session at the end of a chain: a user or role with what the chain gave it. */
export interface Session {
  principal: PreparedPrincipal;
  /** Session tags, by key. */
  tags: Readonly<Record<string, string>>;
  mfa: boolean;
  /** The CLI profile whose call made the session, when it passed session policies or tags. */
  profile?: ProfileSession;
  /** The group the user joined at the end of the chain, whose policies `principal` then has. */
  joined?: JoinedGroup;
}

/** The graph's permitted edges by source and by target, built once per analysis. */
export interface EdgeIndex {
  nodes: Map<string, GraphNode>;
  out: ReadonlyMap<string, GraphEdge[]>;
  into: ReadonlyMap<string, GraphEdge[]>;
}

const indexes = new WeakMap<Analysis, EdgeIndex>();

export function edgeIndex(analysis: Analysis): EdgeIndex {
  const hit = indexes.get(analysis);
  if (hit) return hit;
  const out = new Map<string, GraphEdge[]>();
  const into = new Map<string, GraphEdge[]>();
  const push = (map: Map<string, GraphEdge[]>, key: string, edge: GraphEdge) => {
    const list = map.get(key);
    if (list) list.push(edge);
    else map.set(key, [edge]);
  };
  for (const edge of analysis.edges) {
    if (!edge.permitted) continue;
    push(out, edge.from, edge);
    push(into, edge.to, edge);
  }
  const index = { nodes: new Map(analysis.nodes.map((n) => [n.id, n])), out, into };
  indexes.set(analysis, index);
  return index;
}

/**
 * Every chain from `from`: itself first when it acts, then each user or role it becomes, nearest
 * first, each user followed by the groups it can join.
 */
export function chainsFrom(prepared: PreparedScenario, index: EdgeIndex, from: string): Chain[] {
  const walk = breadthFirst(from, index.out, {
    next: (e) => e.to,
    state: stateAfter,
    holds: (state, e, before) => mayTakeForward(state, e) && hopHolds(prepared, before, e),
  });
  const chains: Chain[] = [];
  const self = prepared.principals.get(from);
  if (self) chains.push(...withJoins(prepared, index, [], self, from));
  for (const state of walk.order) {
    const edges = walk.edgesTo(state).reverse();
    const id = (edges[edges.length - 1] as GraphEdge).to;
    const principal = prepared.principals.get(id);
    if (!principal) continue;
    chains.push(...withJoins(prepared, index, edges, principal, from));
  }
  // Stable: breadth-first order already has the principals nearest first.
  return chains.sort((a, b) => a.via.length - b.via.length);
}

/** A principal's chain, then for a user one more for each group it can join at its end. */
function withJoins(
  prepared: PreparedScenario,
  index: EdgeIndex,
  edges: GraphEdge[],
  principal: PreparedPrincipal,
  from: string,
): Chain[] {
  const chains = [chainOf(prepared, index, edges, principal, from)];
  if (principal.kind !== 'user') return chains;
  for (const edge of index.out.get(principal.arn) ?? [])
    if (isJoinEdge(edge, index.nodes))
      chains.push(chainOf(prepared, index, [...edges, edge], principal, from));
  return chains;
}

/**
 * Every chain that ends in `to`'s own session: itself, then each node that becomes it, nearest first.
 * With `join` (an edge of `to` joining a group), every chain that ends in `to` then joins the group.
 */
export function chainsTo(
  prepared: PreparedScenario,
  index: EdgeIndex,
  to: string,
  join?: GraphEdge,
): Chain[] {
  const principal = prepared.principals.get(to);
  if (!principal) return [];
  const last = join ? [join] : [];
  const walk = breadthFirst(to, index.into, {
    next: (e) => e.from,
    state: stateBefore,
    holds: (state, e, after) => mayTakeBackward(state, e) && hopHolds(prepared, e, after),
  });
  const chains = [chainOf(prepared, index, last, principal, to)];
  for (const state of walk.order) {
    const edges = walk.edgesTo(state);
    chains.push(chainOf(prepared, index, [...edges, ...last], principal, (edges[0] as GraphEdge).from));
  }
  return chains;
}

/** Every edge of a user joining a group. */
export function joinEdges(index: EdgeIndex): GraphEdge[] {
  const joins: GraphEdge[] = [];
  for (const node of index.nodes.values())
    if (node.kind === 'group')
      for (const edge of index.into.get(node.id) ?? []) if (isJoinEdge(edge, index.nodes)) joins.push(edge);
  return joins;
}

/** The chain through the nodes `via`, each hop a permitted edge; undefined when one is missing. */
export function chainAlong(
  prepared: PreparedScenario,
  index: EdgeIndex,
  via: readonly string[],
): Chain | undefined {
  const edges: GraphEdge[] = [];
  let state = via[0] as string;
  for (let i = 1; i < via.length; i++) {
    const edge = index.out
      .get(via[i - 1] as string)
      ?.find((e) => e.to === via[i] && mayTakeForward(state, e));
    if (!edge) return undefined;
    edges.push(edge);
    state = stateAfter(edge);
  }
  for (let i = 1; i < edges.length; i++) if (!hopHolds(prepared, edges[i - 1], edges[i])) return undefined;
  const last = edges[edges.length - 1];
  // A chain that joins a group acts as the user that joins it.
  const acting = last && isJoinEdge(last, index.nodes) ? last.from : via[via.length - 1];
  const principal = prepared.principals.get(acting ?? '');
  return principal && chainOf(prepared, index, edges, principal, via[0] as string);
}

/** A user's or role's own session, acting as itself. */
export function ownChain(prepared: PreparedScenario, index: EdgeIndex, principal: PreparedPrincipal): Chain {
  return chainOf(prepared, index, [], principal, principal.arn);
}

/** How a walk goes: the node an edge leads to, the state it leads to, and whether a state may take it. */
interface Walk {
  next: (e: GraphEdge) => string;
  state: (e: GraphEdge) => string;
  /** Whether the walk in `state` may take `e`, the edge that brought it to that state being `came`. */
  holds: (state: string, e: GraphEdge, came: GraphEdge | undefined) => boolean;
}

/**
 * Breadth first over walk states (a group entered by a join is the joiner's: groupWalk.ts): the node
 * states in the order first reached (not a group as one user's), and the edges walked to each,
 * nearest the state first.
 */
function breadthFirst(
  start: string,
  adjacency: ReadonlyMap<string, GraphEdge[]>,
  walk: Walk,
): { order: string[]; edgesTo: (state: string) => GraphEdge[] } {
  const reached = new Map<string, { edge: GraphEdge; from: string }>();
  const nodes = new Set<string>([start]);
  const order: string[] = [];
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i] as string;
    const came = reached.get(at)?.edge;
    for (const e of adjacency.get(came ? walk.next(came) : start) ?? []) {
      const state = walk.state(e);
      const node = walk.next(e);
      if (node === start || reached.has(state) || !walk.holds(at, e, came)) continue;
      reached.set(state, { edge: e, from: at });
      queue.push(state);
      // A group as the user that joined it is a step on the way, no session of its own.
      if (nodes.has(node) || state !== node) continue;
      nodes.add(node);
      order.push(state);
    }
  }
  const edgesTo = (state: string): GraphEdge[] => {
    const edges: GraphEdge[] = [];
    for (let r = reached.get(state); r; r = reached.get(r.from)) edges.push(r.edge);
    return edges;
  };
  return { order, edgesTo };
}

/**
 * The chain along `edges` to `principal`'s session; when the last edge joins a group, `principal` is
 * the user that joins it and acts with the group's policies, its session what the rest brought it.
 */
function chainOf(
  prepared: PreparedScenario,
  index: EdgeIndex,
  edges: GraphEdge[],
  principal: PreparedPrincipal,
  from: string,
): Chain {
  const via = [from, ...edges.map((e) => e.to)];
  const conditions = edges.flatMap((e) => (e.conditional ? e.conditions : []));
  const last = edges[edges.length - 1];
  const joined = last && isJoinEdge(last, index.nodes) ? joinedGroup(prepared, last.to) : undefined;
  const acting = joined ? edges.slice(0, -1) : edges;
  const mfa =
    acting.length === 0
      ? principal.kind === 'user' && principal.mfa === true
      : sessionAlong(acting, index.nodes).mfaPossible;
  const session: Session = joined
    ? { principal: asMember(principal, joined), tags: sessionTags(acting), mfa, joined }
    : { principal, tags: sessionTags(acting), mfa };
  const profile = madeBy(prepared, acting[acting.length - 1]);
  if (profile) {
    session.profile = profile;
    if (hasKeys(profile.tags)) session.tags = { ...session.tags, ...profile.tags };
  }
  return { via, edges: edges.map((e) => e.id), hops: edges.map(pathHop), conditions, session };
}

/**
 * The tags a chain's session carries: Pod Identity's, which are transitive, from wherever they were
 * set along the chain, and those the last hop itself set.
 */
function sessionTags(edges: GraphEdge[]): Record<string, string> {
  const tags: Record<string, string> = {};
  edges.forEach((edge, i) => {
    if (edge.kind !== 'PodIdentity' && i !== edges.length - 1) return;
    for (const decision of edge.decisions)
      for (const [key, value] of Object.entries(decision.request?.context ?? {})) {
        if (!key.toLowerCase().startsWith(REQUEST_TAG) || typeof value !== 'string') continue;
        tags[key.slice(REQUEST_TAG.length)] = value;
      }
  });
  return tags;
}

const REQUEST_TAG = 'aws:requesttag/';

function hasKeys(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}
