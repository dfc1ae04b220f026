/**
 * Escalation edges: for every user and role of the scenario that is not already an administrator
 * (it could do all of this and more), each technique of the catalogue whose actions its policies
 * mention, into every principal of its account the technique reaches. Of several techniques between
 * the same two principals the edge shows the first (catalogue order) and names the others.
 */
import { allAssumptions } from '../../analysis/assumptions';
import { isAdministrator, type AdminCache } from '../../analysis/adminPaths';
import type { PreparedPrincipal, PreparedScenario } from '../../analysis/prepareScenario';
import { spliceEdges } from '../../incremental/editContext';
import type { EdgeNote, GraphEdge } from '../../types';
import { EdgeBuilder } from '../edgeBuilder';
import { edgeNote, wordEdgeNote } from '../edgeNotes';
import { edgeSideAssumptions } from '../../analysis/sideAssumptions';
import { mayCall } from './callerActions';
import type { Found } from './calls';
import { ESCALATION_TECHNIQUES, type EscalationTechnique, type TechniqueFamily } from './catalogue';
import { escalationContext, type EscalationContext } from './context';
import { decideRoleTechnique } from './iamRoles';
import { decideUserTechnique } from './iamUsers';
import { decideLambdaTechnique } from './lambda';
import { decidePassRoleTechnique } from './passRole';
import { decideSsmTechnique } from './ssm';

type Decide = (ctx: EscalationContext, caller: PreparedPrincipal, technique: EscalationTechnique) => Found[];

const DECIDERS: Record<TechniqueFamily, Decide> = {
  iamRoles: decideRoleTechnique,
  iamUsers: decideUserTechnique,
  passRole: decidePassRoleTechnique,
  lambda: decideLambdaTechnique,
  ssm: decideSsmTechnique,
};

/**
 * Whether the caller's policies mention every action of the technique it must be allowed (the
 * AssumeRole after a change needs none when the trust names the caller).
 */
export function mayTry(caller: PreparedPrincipal, technique: EscalationTechnique): boolean {
  return technique.actions.every((a) => a === 'sts:AssumeRole' || mayCall(caller, a));
}

/** Every action some technique needs: a caller allowed none is skipped at once. */
const ANY_ACTION = [...new Set(ESCALATION_TECHNIQUES.flatMap((t) => t.actions))].filter(
  (a) => a !== 'sts:AssumeRole',
);

/** Whether a principal needs no escalation: it may already change IAM itself (adminPaths.ts). */
export function adminOf(prepared: PreparedScenario, admins: AdminCache): (p: PreparedPrincipal) => boolean {
  return (p) => {
    let answer = admins.get(p);
    if (answer === undefined) admins.set(p, (answer = isAdministrator(prepared, p)));
    return answer;
  };
}

/** With `callers`, only the edges leaving those principals are made. */
export function addEscalationEdges(
  prepared: PreparedScenario,
  edges: EdgeBuilder,
  counter: { evaluations: number },
  admins: AdminCache,
  callers?: ReadonlySet<string>,
): void {
  const ctx = escalationContext(prepared, counter);
  const isAdmin = adminOf(prepared, admins);
  for (const caller of [...prepared.users, ...prepared.roles]) {
    if (callers && !callers.has(caller.arn)) continue;
    if (!mayEscalate(caller) || isAdmin(caller)) continue;
    ctx.nextCaller();
    for (const list of foundByTarget(ctx, caller, ESCALATION_TECHNIQUES).values()) {
      const first = list[0] as Found;
      const params = escalationParams(caller.arn, first);
      addEscalationEdge(edges, caller, list, edgeNote(first.via ? 'escalation-via' : 'escalation', params));
    }
  }
}

/** Whether a principal's policies mention some action of some technique: the rest are skipped at once. */
export function mayEscalate(caller: PreparedPrincipal): boolean {
  return ANY_ACTION.some((a) => mayCall(caller, a));
}

const labelOf = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

/** What an escalation's note names: the caller, the target, the technique and what it acts through. */
export function escalationParams(caller: string, first: Found): Record<string, string> {
  return {
    caller: labelOf(caller),
    target: labelOf(first.to),
    technique: first.technique,
    ...(first.via ? { via: first.via } : {}),
  };
}

/** Every way the caller's techniques reach another principal, by that principal, in catalogue order. */
export function foundByTarget(
  ctx: EscalationContext,
  caller: PreparedPrincipal,
  techniques: readonly EscalationTechnique[],
): Map<string, Found[]> {
  const byTarget = new Map<string, Found[]>();
  for (const technique of techniques) {
    if (!mayTry(caller, technique)) continue;
    for (const found of DECIDERS[technique.family](ctx, caller, technique)) {
      const list = byTarget.get(found.to);
      if (list) list.push(found);
      else byTarget.set(found.to, [found]);
    }
  }
  return byTarget;
}

/**
 * The escalation edge from the caller to the target of `list` (its ways there, in catalogue order):
 * the first technique shown, the others named.
 */
export function addEscalationEdge(
  edges: EdgeBuilder,
  caller: PreparedPrincipal,
  list: readonly Found[],
  note: EdgeNote,
): GraphEdge | undefined {
  const first = list[0] as Found;
  const edge = edges.fromHops(caller.arn, first.to, 'Escalation', false, first.steps, {
    explanation: wordEdgeNote(note.code, note.params),
    assumptions: allAssumptions([caller.assumptions, first.assumptions ?? []]),
    chained: first.chained ?? false,
  });
  if (!edge) return undefined;
  edge.note = note;
  edge.technique = first.technique;
  if (first.via) edge.via = first.via;
  const others = [...new Set(list.slice(1).map((f) => f.technique))].filter((t) => t !== first.technique);
  if (others.length > 0) edge.otherTechniques = others;
  return edge;
}

/**
 * `edges` with the escalation edges decided again: any identity policy, SCP, RCP or trust can change
 * a technique. With `callers` (an identity edit: the principals whose identity policies or boundary
 * changed), only the edges leaving them: every request of a technique is the caller's, decided with
 * its own policies, boundary and SCPs against the target's trust and the scenario's structure, none
 * of which an identity edit of another principal touches.
 */
export function withEscalationEdges(
  prepared: PreparedScenario,
  edges: readonly GraphEdge[],
  counter: { evaluations: number },
  admins: AdminCache,
  callers?: ReadonlySet<string>,
): GraphEdge[] {
  const builder = new EdgeBuilder(edgeSideAssumptions(prepared));
  addEscalationEdges(prepared, builder, counter, admins, callers);
  return spliceEdges(
    edges,
    builder.list(),
    (e) => e.kind === 'Escalation' && (callers === undefined || callers.has(e.from)),
  );
}
