/**
 * Re-analysis after edits of SCPs or RCPs. An SCP limits what the users and roles of the accounts
 * below it may do as callers; an RCP, what may be done to the resources of those accounts (for the
 * graph, sts:AssumeRole on their roles). So an SCP edit rebuilds the edges leaving the users and
 * roles of the accounts whose levels hold the policy, before or after the edit (identityEdits.ts),
 * and an RCP edit the edges into the roles of theirs (trustEdits.ts). Every other edge is kept, and
 * all of them when the edit leaves alone every statement that can apply to a hop's action (a region
 * lock's regions, a denial of other services): most edits of an organization's policies.
 */
import type { CompiledPolicy } from '../evaluate/compilePolicy';
import { actionApplies } from '../evaluate/evaluatePolicy';
import type { EditContext, EditResult } from './editContext';
import { rebuildFromCallers } from './identityEdits';
import { organizationLevels, unitPaths, type Levels } from './orgLevels';
import { rebuildInto } from './trustEdits';

/** The actions hops ask for (lower-cased, as statements match them). */
const HOP_ACTIONS = [
  'sts:assumerole',
  'sts:tagsession',
  'sts:assumerolewithwebidentity',
  'sts:assumerolewithsaml',
];

/**
 * What of a policy can decide a hop or word its explanation: the version, and each statement that
 * applies to a hop's action, with its place and as written (Sid and source range included).
 */
function hopPart(policy: CompiledPolicy | undefined): string {
  if (!policy) return 'none';
  const parts = policy.statements.flatMap((statement, i) =>
    HOP_ACTIONS.some((action) => actionApplies(statement, action))
      ? [`${i}:${JSON.stringify(statement.source)}`]
      : [],
  );
  return `${policy.version ?? ''}\n${parts.join('\n')}`;
}

export function orgPolicyEdits(context: EditContext): EditResult | undefined {
  const { scenario, run, prepared, changed } = context;
  const scp = changed.every((r) => r.kind === 'scp');
  if (!scp && !changed.every((r) => r.kind === 'rcp')) return undefined;

  const path = unitPaths(scenario);
  const after = organizationLevels(scenario, prepared.documents, path);
  const before: Levels = scp ? prepared.scpLevels : prepared.rcpLevels;
  const now: Levels = scp ? after.scpLevels : after.rcpLevels;
  prepared.scpLevels = after.scpLevels;
  prepared.rcpLevels = after.rcpLevels;
  const ids = new Set(changed.map((r) => r.id));
  const holds = (levels: ReturnType<Levels>) =>
    (levels ?? []).some((l) => l.policies.some((p) => p.documentId !== undefined && ids.has(p.documentId)));
  const accounts = new Set([...path.keys()].filter((a) => holds(before(a)) || holds(now(a))));
  const hopsChange = changed.some(
    (r) => hopPart(run.prepared.documents.get(r.id)) !== hopPart(prepared.documents.get(r.id)),
  );

  if (scp) {
    // Their policies are unchanged, and so is the caller index; whether they are administrator-level
    // is asked again.
    const callers = new Set<string>();
    for (const principal of [...prepared.users, ...prepared.roles]) {
      if (!accounts.has(principal.account)) continue;
      context.admins.delete(principal);
      callers.add(principal.arn);
    }
    if (hopsChange) return rebuildFromCallers(context, callers, run.index);
  }
  if (!hopsChange)
    return { edges: run.analysis.edges, names: run.names, index: run.index, nodes: new Map(run.baseNodes) };
  const roles = new Set(prepared.roles.filter((r) => accounts.has(r.account)).map((r) => r.arn));
  return rebuildInto(context, run.names, roles);
}
