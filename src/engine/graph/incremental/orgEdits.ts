/**
 * Re-analysis after edits of SCPs or RCPs. An SCP limits what the users and roles of the accounts
 * below it may do as callers; an RCP, what may be done to the resources of those accounts (for the
 * graph, sts:AssumeRole on their roles). A statement decides only the requests on the resources it
 * names, so what an edit can change is the hops into the roles its changed statements reach. An SCP
 * edit rebuilds the edges from the users and roles of the accounts whose levels hold the policy,
 * before or after the edit, into those roles (identityEdits.ts); an RCP edit, the edges into those
 * of its accounts' roles (trustEdits.ts). Every other edge is kept, and all of them when the edit
 * leaves alone every statement that can apply to a hop's action (a region lock's regions, a denial
 * of other services): most edits of an organization's policies.
 */
import type { CompiledPolicy } from '../../evaluate/compilePolicy';
import { actionApplies, statementsReaching } from '../../evaluate/evaluatePolicy';
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

/** Leaves out where a statement is written. */
const withoutRanges = (key: string, value: unknown) => (key === 'range' ? undefined : value);

/**
 * The statements of a policy that can apply to a hop's action, by their place and as written (Sid
 * included): what of the policy can decide a hop or word its explanation. Where a statement is
 * written counts only when it has conditions: a condition the caller could meet becomes a badge that
 * points at it; a statement without any is the same wherever the text around it moves it.
 */
function hopStatements(policy: CompiledPolicy): Map<string, number> {
  const out = new Map<string, number>();
  policy.statements.forEach((statement, i) => {
    if (!HOP_ACTIONS.some((action) => actionApplies(statement, action))) return;
    const { source } = statement;
    out.set(`${i}:${JSON.stringify(source, source.condition.length > 0 ? undefined : withoutRanges)}`, i);
  });
  return out;
}

/**
 * Which roles an edited policy decides hops into differently: those a hop statement that is not in
 * both versions (at the same place, written the same) can reach, for any hop's action. Every role
 * when the policy starts or stops compiling, changes version, or such a statement names its
 * resource with a policy variable (what it reaches then depends on the caller).
 */
function rolesReached(
  before: CompiledPolicy | undefined,
  after: CompiledPolicy | undefined,
): (roleArn: string) => boolean {
  if (!before || !after || before.version !== after.version) return () => true;
  const old = hopStatements(before);
  const now = hopStatements(after);
  // The differing statements' places, in the version each is in.
  const differing: [CompiledPolicy, Set<number>][] = [
    [before, new Set([...old].filter(([key]) => !now.has(key)).map(([, i]) => i))],
    [after, new Set([...now].filter(([key]) => !old.has(key)).map(([, i]) => i))],
  ];
  if (differing.every(([, places]) => places.size === 0)) return () => false;
  const variable = differing.some(([policy, places]) =>
    [...places].some((i) => {
      const source = policy.statements[i]?.source;
      return [...(source?.resource ?? []), ...(source?.notResource ?? [])].some((r) => r.includes('${'));
    }),
  );
  if (variable) return () => true;
  return (roleArn) =>
    differing.some(
      ([policy, places]) =>
        places.size > 0 &&
        HOP_ACTIONS.some((action) => statementsReaching(policy, action, roleArn).some((i) => places.has(i))),
    );
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
  const reached = changed.map((r) =>
    rolesReached(run.prepared.documents.get(r.id), prepared.documents.get(r.id)),
  );
  // For an SCP, any role its callers may assume; for an RCP, the roles of its accounts.
  const targets = new Set(
    prepared.roles
      .filter((role) => (scp || accounts.has(role.account)) && reached.some((reaches) => reaches(role.arn)))
      .map((role) => role.arn),
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
    if (targets.size > 0) return rebuildFromCallers(context, callers, run.index, targets);
  }
  if (targets.size === 0)
    return { edges: run.analysis.edges, names: run.names, index: run.index, nodes: new Map(run.baseNodes) };
  return rebuildInto(context, run.names, targets);
}
