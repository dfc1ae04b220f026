/**
 * Re-analysis after edits of SCPs or RCPs. An SCP limits what the users and roles of the accounts
 * below it may do as callers; an RCP, what may be done to the resources of those accounts (for the
 * graph, sts:AssumeRole on their roles). So an SCP edit rebuilds the edges leaving the users and
 * roles of the accounts whose levels hold the policy, before or after the edit (identityEdits.ts),
 * and an RCP edit the edges into the roles of theirs (trustEdits.ts). Every other edge is kept.
 */
import type { EditContext, EditResult } from './editContext';
import { rebuildFromCallers } from './identityEdits';
import { organizationLevels, unitPaths, type Levels } from './orgLevels';
import { rebuildInto } from './trustEdits';

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

  if (scp) {
    // Their policies are unchanged, and so is the caller index; whether they are administrator-level
    // is asked again.
    const callers = new Set<string>();
    for (const principal of [...prepared.users, ...prepared.roles]) {
      if (!accounts.has(principal.account)) continue;
      context.admins.delete(principal);
      callers.add(principal.arn);
    }
    return rebuildFromCallers(context, callers, run.index);
  }
  const roles = new Set(prepared.roles.filter((r) => accounts.has(r.account)).map((r) => r.arn));
  return rebuildInto(context, run.names, roles);
}
