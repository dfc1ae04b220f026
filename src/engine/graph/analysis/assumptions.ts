/**
 * Assumptions: facts the input does not tell that an edge or finding takes as true. Each is data (a
 * code and its parameters) plus one English sentence, worded in one place (`wordAssumption`) so the
 * wording can move to message catalogues without touching the analysis.
 */
import type { Assumption, AssumptionCode, GraphEdge } from '../types';

/** Shared by every edge and finding without assumptions: an organization has 100k edges and more. */
export const NO_ASSUMPTIONS: readonly Assumption[] = Object.freeze([]);

type Params = Record<string, string | number>;

/** The English sentence for an assumption, from its code and parameters alone. */
export function wordAssumption(code: AssumptionCode, params: Params): string {
  const p = (name: string) => String(params[name] ?? '?');
  switch (code) {
    case 'oidc-provider-assumed':
      return `IAM OIDC provider ${p('issuer')} is assumed to exist in account ${p('account')}: no provider list was imported for that account.`;
    case 'organization-unknown':
      return `Account ${p('account')} may be in your organization: no Organizations data was imported.`;
    case 'group-not-imported':
      return `Group ${p('group')} of ${p('user')} is not in the scenario: its policies, Denies included, are unknown and taken as granting and denying nothing.`;
    case 'policy-not-imported':
      return `Managed policy ${p('policy')} of ${p('principal')} is not in the scenario: it is taken as granting and denying nothing.`;
    case 'outside-caller-assumed':
      return `${p('caller')} is outside the scenario: its own policies are assumed to allow the call, with no SCP or boundary against it.`;
    case 'role-not-imported':
      return `Role ${p('role')} is in account ${p('account')}, which the scenario does not hold: whether it lets this workload in is unknown until that account is imported.`;
    case 'unreadable-document':
      return `Document ${p('document')} could not be read in full (statements left out: ${p('statements')}, * for all): what they say, a Deny included, is unknown and taken as nothing.`;
    case 'profile-signer-unknown':
      return `Profile ${p('profile')} gets its credentials from ${p('source')}: who signs its calls is not in the scenario, so whether the role lets it in is unknown.`;
    case 'profile-host-assumed':
      return `Profile ${p('profile')} (${p('source')}) is taken to run on ${p('host')}, whose role ${p('role')} signs its calls: the config file does not say where it runs.`;
    case 'session-policy-unknown':
      return `Session policy ${p('policy')} passed by profile ${p('profile')} is not in the scenario: it is taken as allowing nothing, so the session can do only what its other session policies allow.`;
    case 'access-key-slot-assumed':
      return `User ${p('user')} is taken to have fewer than two access keys, so a new one can be created: an export does not list access keys.`;
    case 'login-profile-absent-assumed':
      return `User ${p('user')} is taken to have no console password and no MFA device, so a password can be created and used: an export shows neither.`;
    case 'login-profile-present-assumed':
      return `User ${p('user')} is taken to have a console password and no MFA device, so its password can be replaced and used: an export shows neither.`;
    case 'managed-node-assumed':
      return `Instance ${p('instance')} is taken to be running as a Systems Manager managed node (SSM Agent registered): an export does not say.`;
    case 'function-invocation-assumed':
      return `Function ${p('function')} is taken to run again after its code changes (a trigger, a schedule, a caller): an export does not show what invokes it.`;
  }
}

export function assumption(code: AssumptionCode, params: Params): Assumption {
  return Object.freeze({ code, params: Object.freeze(params), text: wordAssumption(code, params) });
}

/** The distinct assumptions of several lists, in a stable order; `NO_ASSUMPTIONS` when none. */
export function allAssumptions(lists: readonly (readonly Assumption[])[]): readonly Assumption[] {
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length === 0) return NO_ASSUMPTIONS;
  if (nonEmpty.length === 1) return nonEmpty[0] as readonly Assumption[];
  const byText = new Map<string, Assumption>();
  for (const list of nonEmpty) for (const a of list) byText.set(`${a.code}|${a.text}`, a);
  return Object.freeze(
    [...byText.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, a]) => a),
  );
}

/** The assumptions that leave a configured hop undecided rather than broken. */
const UNDECIDING: ReadonlySet<AssumptionCode> = new Set(['role-not-imported', 'profile-signer-unknown']);

/**
 * Whether a configured edge that is not permitted is undecided rather than broken: its role is in
 * an account the scenario does not hold (EdgeBuilder.undecided), or who signs the call is unknown.
 */
export function isUndecided(edge: Pick<GraphEdge, 'assumptions'>): boolean {
  return edge.assumptions.some((a) => UNDECIDING.has(a.code));
}
