/**
 * What a user can do once it has added itself to a group, drawn as edges from the group. The user
 * acts as itself: its session has the group's policies beside its own identity policies (and its
 * other groups'), under its permissions boundary and its account's SCPs
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html). A group
 * is never a principal in a trust policy, so a trust must let the user in. Each edge names the user
 * (`joiner`); a walk takes it only right after that user's join (queries/groupWalk.ts).
 *
 * Only what is new is drawn: a hop the user already has (an unconditional edge, or any edge when
 * the new one is conditional too) needs no second way. A hop into a role that only a guardrail
 * refuses is drawn cut, as the user's own AssumeRole hops are (cutHops.ts), unless the user already
 * has an edge there. Only users with a join edge are tried, and for AssumeRole only the roles the
 * group's policies may name (callerIndex.ts), so the pass costs nothing in most organizations.
 */
import type { AdminCache } from '../../analysis/adminPaths';
import { asMember, joinedGroup } from '../../analysis/joinedGroup';
import type { PreparedPrincipal, PreparedScenario } from '../../analysis/prepareScenario';
import { edgeSideAssumptions } from '../../analysis/sideAssumptions';
import { rolesPoliciesMayReach } from '../../hops/callerIndex';
import { cutNote, cutOutcome, findCut } from '../../hops/cutHops';
import { evaluateHop, type HopOutcome } from '../../hops/evaluateHop';
import { spliceEdges } from '../../incremental/editContext';
import { JOIN_TECHNIQUE, joinsGroup } from '../../queries/groupWalk';
import type { GraphEdge } from '../../types';
import { EdgeBuilder } from '../edgeBuilder';
import { edgeNote, wordEdgeNote } from '../edgeNotes';
import { compareEdges } from '../edgeOrder';
import type { Found } from './calls';
import { ESCALATION_TECHNIQUES } from './catalogue';
import { escalationContext, type EscalationContext } from './context';
import { addEscalationEdge, adminOf, escalationParams, foundByTarget, mayEscalate } from './escalationEdges';

/** Joining yet another group is left out: its hops would need the policies of both groups. */
const TECHNIQUES = ESCALATION_TECHNIQUES.filter((t) => t.id !== JOIN_TECHNIQUE);

const labelOf = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

/** What one pass shares between the joins it decides. */
interface Pass {
  prepared: PreparedScenario;
  counter: { evaluations: number };
  ctx: EscalationContext;
  isAdmin: (p: PreparedPrincipal) => boolean;
  sides: ReturnType<typeof edgeSideAssumptions>;
}

/** `edges` with the groups' edges made again from the join edges and the user edges among them. */
export function withGroupHops(
  prepared: PreparedScenario,
  edges: readonly GraphEdge[],
  counter: { evaluations: number },
  admins: AdminCache,
): GraphEdge[] {
  const rebuilt = groupHops(prepared, edges, counter, admins);
  const before = edges.some((e) => e.joiner !== undefined);
  if (rebuilt.length === 0 && !before) return [...edges];
  return spliceEdges(edges, rebuilt, (e) => e.joiner !== undefined);
}

/** The edges from groups, one set per user's join, in edge order. */
export function groupHops(
  prepared: PreparedScenario,
  edges: readonly GraphEdge[],
  counter: { evaluations: number },
  admins: AdminCache,
): GraphEdge[] {
  const joins = edges.filter((e) => e.permitted && joinsGroup(e));
  if (joins.length === 0) return [];
  const joiners = new Set(joins.map((e) => e.from));
  /** The joiners' own edges, by user, then by target. */
  const own = new Map<string, Map<string, GraphEdge[]>>();
  for (const e of edges) {
    if (!joiners.has(e.from) || e.joiner !== undefined) continue;
    let byTarget = own.get(e.from);
    if (!byTarget) own.set(e.from, (byTarget = new Map<string, GraphEdge[]>()));
    const list = byTarget.get(e.to);
    if (list) list.push(e);
    else byTarget.set(e.to, [e]);
  }
  const pass: Pass = {
    prepared,
    counter,
    ctx: escalationContext(prepared, counter),
    isAdmin: adminOf(prepared, admins),
    sides: edgeSideAssumptions(prepared),
  };
  const out: GraphEdge[] = [];
  for (const join of joins) out.push(...joinHops(pass, join, own.get(join.from) ?? new Map()));
  return out.sort((a, b) => compareEdges(a, b));
}

/** The new edges of one user's join, moved onto the group. */
function joinHops(pass: Pass, join: GraphEdge, had: ReadonlyMap<string, GraphEdge[]>): GraphEdge[] {
  const user = pass.prepared.principals.get(join.from);
  const joined = joinedGroup(pass.prepared, join.to);
  if (user?.kind !== 'user' || joined.policies.length === 0) return [];
  const member = asMember(user, joined);
  const builder = new EdgeBuilder(pass.sides);
  addAssumeHops(pass, builder, member, join.to);
  if (mayEscalate(member) && !pass.isAdmin(member)) addTechniqueHops(pass, builder, member, join.to);
  return builder
    .list()
    .filter((edge) => isNew(edge, had.get(edge.to) ?? []))
    .map((edge) => ({
      ...edge,
      id: `${edge.kind}:${join.to}->${edge.to}|as:${user.arn}`,
      from: join.to,
      joiner: user.arn,
    }));
}

/** Whether a hop adds to the user's own edges into the same principal (see the top). */
function isNew(edge: GraphEdge, had: readonly GraphEdge[]): boolean {
  if (!edge.permitted) return had.length === 0;
  return !had.some((e) => e.permitted && (!e.conditional || edge.conditional));
}

/** A decision of the member's session, replayed with the group's policies (HopRecord.joinedGroup). */
function asJoined(outcome: HopOutcome, group: string): HopOutcome {
  return { ...outcome, record: { ...outcome.record, joinedGroup: group } };
}

/** The member's sts:AssumeRole into each role the group's policies may name, decided as the user's. */
function addAssumeHops(pass: Pass, builder: EdgeBuilder, member: PreparedPrincipal, group: string): void {
  const { prepared, counter, ctx } = pass;
  const policies = joinedGroup(prepared, group).policies;
  const mfa = member.mfa !== false;
  for (const role of rolesPoliciesMayReach(policies, member.account, (a) => ctx.rolesIn(a), prepared.roles)) {
    const hop = { principal: member.arn, caller: member, target: role, action: 'sts:AssumeRole' };
    const outcome = evaluateHop(prepared, { ...hop, how: { mfa }, denialShown: false }, counter);
    if (outcome.permitted) {
      const note = edgeNote('joined-assume-role', {
        caller: labelOf(member.arn),
        group: labelOf(group),
        target: labelOf(role.arn),
      });
      const edge = builder.fromHops(
        member.arn,
        role.arn,
        'AssumeRole',
        false,
        [{ action: 'sts:AssumeRole', outcome: asJoined(outcome, group) }],
        { explanation: wordEdgeNote(note.code, note.params), assumptions: member.assumptions },
      );
      if (edge) edge.note = note;
      continue;
    }
    const cut = findCut(prepared, member, role, outcome, mfa, counter);
    if (!cut) continue;
    const refused = cutOutcome(cut, cutNote(prepared, cut.locator, member, role), member, role);
    builder.fromAssumeRole(member.arn, role.arn, asJoined(refused, group), false, member.assumptions);
  }
}

/** The member's escalation techniques (but joining another group), each request decided as the user's. */
function addTechniqueHops(pass: Pass, builder: EdgeBuilder, member: PreparedPrincipal, group: string): void {
  pass.ctx.nextCaller();
  for (const list of foundByTarget(pass.ctx, member, TECHNIQUES).values()) {
    const found = list.map((f): Found => ({
      ...f,
      steps: f.steps.map((s) =>
        s.outcome.record.callerArn === member.arn ? { ...s, outcome: asJoined(s.outcome, group) } : s,
      ),
    }));
    const first = found[0] as Found;
    const params = { ...escalationParams(member.arn, first), group: labelOf(group) };
    const note = edgeNote(first.via ? 'joined-escalation-via' : 'joined-escalation', params);
    addEscalationEdge(builder, member, found, note);
  }
}
