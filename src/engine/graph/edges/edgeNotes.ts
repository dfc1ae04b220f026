/**
 * Why an edge holds or fails when no evaluation decides it (a configuration AWS refuses, a hop into
 * an account the scenario does not hold, a profile's source): data (a code and its parameters) and
 * its English sentence, worded here alone; the app and the CLI word the same data in every language
 * (src/i18n/edgeNoteText.ts).
 */
import { NO_ASSUMPTIONS } from '../analysis/assumptions';
import type { CutNoteCode, EdgeKind, EdgeNote, EdgeNoteCode, GraphEdge } from '../types';

type Params = Record<string, string | number>;

/** The English sentence of a note, from its code and parameters alone. */
export function wordEdgeNote(code: EdgeNoteCode, params: Readonly<Params>): string {
  const p = (name: string) => String(params[name] ?? '?');
  switch (code) {
    case 'role-not-in-scenario':
      return `Broken: ${p('role')} is not a role in this scenario.`;
    case 'role-not-imported':
      return `Not decided: ${p('role')} is in account ${p('account')}, which the scenario does not hold; import that account to see whether its trust lets this in.`;
    case 'passrole-other-account':
      return `Broken: the role is in account ${p('roleAccount')} but the workload is in account ${p('workloadAccount')}; a role can only be passed to a service in its own account.`;
    case 'instance-profile-no-role':
      return `Broken: no role is known for instance profile ${p('instanceProfile')}.`;
    case 'pod-identity-other-account':
      return `Broken: a Pod Identity association's role must be in the cluster's account ${p('clusterAccount')}; use targetRoleArn to reach another account.`;
    case 'target-role-not-in-scenario':
      return `Broken: target role ${p('role')} is not in this scenario.`;
    case 'cluster-no-issuer':
      return `Broken: cluster ${p('cluster')} has no OIDC issuer, so IRSA cannot work.`;
    case 'no-oidc-provider':
      return `Broken: account ${p('account')} has no IAM OIDC provider for ${p('issuer')}; create one, or chain through a role in the cluster's account.`;
    case 'profile-no-credentials':
      return `Broken: profile ${p('profile')} sets role_arn without source_profile, credential_source or web_identity_token_file, so the CLI has no credentials to assume the role with.`;
    case 'profile-signer-unknown':
      return `Not decided: the credentials of profile ${p('profile')} come from ${p('source')}, which the scenario does not show.`;
    case 'profile-chained-duration':
      return `Broken: duration_seconds = ${p('asked')}, but a role session assuming another role (role chaining) lasts at most 3600 seconds.`;
    case 'profile-duration-over-max':
      return `Broken: duration_seconds = ${p('asked')} is over the role's maximum session duration of ${p('max')} seconds.`;
    case 'pod-runs-as':
      return `Pod ${p('pod')} runs as service account ${p('serviceAccount')}.`;
    case 'source-profile':
      return `Profile ${p('profile')} calls AWS with the credentials of profile ${p('source')} (source_profile).`;
    case 'access':
      return `${p('session')} can act on ${p('resource')}: ${p('levels').replaceAll(',', ', ')} (${p('actions')} action(s)).`;
    case 'access-conditional':
      return `${p('session')} can act on ${p('resource')} only under conditions: ${p('levels').replaceAll(',', ', ')} (${p('actions')} action(s)).`;
    case 'member-of':
      return `User ${p('user')} is a member of group ${p('group')} and has its policies.`;
    case 'escalation':
      return `${p('caller')} can obtain the permissions of ${p('target')} with ${p('technique')}.`;
    case 'escalation-via':
      return `${p('caller')} can obtain the permissions of ${p('target')} with ${p('technique')}, through ${p('via')}.`;
    case 'joined-assume-role':
      return `Once ${p('caller')} has added itself to group ${p('group')}, it can assume ${p('target')}: the group’s policies allow what its own do not.`;
    case 'joined-escalation':
      return `Once ${p('caller')} has added itself to group ${p('group')}, it can obtain the permissions of ${p('target')} with ${p('technique')}.`;
    case 'joined-escalation-via':
      return `Once ${p('caller')} has added itself to group ${p('group')}, it can obtain the permissions of ${p('target')} with ${p('technique')}, through ${p('via')}.`;
    default:
      return `${cutWords(code, p)} ${allowedWords(p('allowedBy'))}`;
  }
}

/** What cuts a hop (cutHops.ts), in English. */
function cutWords(code: CutNoteCode, p: (name: string) => string): string {
  switch (code) {
    case 'cut-scp-deny':
      return `Cut by an SCP: statement ${p('statement')} of "${p('policy')}" at ${p('level')} denies ${p('action')} on this role.`;
    case 'cut-scp-no-allow':
      return `Cut by SCPs: no SCP at ${p('level')} allows ${p('action')} on this role.`;
    case 'cut-rcp-deny':
      return `Cut by an RCP: statement ${p('statement')} of "${p('policy')}" at ${p('level')} denies ${p('action')} on this role.`;
    case 'cut-rcp-no-allow':
      return `Cut by RCPs: no RCP at ${p('level')} allows ${p('action')} on this role.`;
    case 'cut-boundary-deny':
      return `Cut by a permissions boundary: statement ${p('statement')} of boundary "${p('policy')}" denies ${p('action')} on this role.`;
    case 'cut-boundary-no-allow':
      return `Cut by a permissions boundary: boundary "${p('policy')}" does not allow ${p('action')} on this role.`;
    case 'cut-identity-deny':
      return `Cut by an explicit deny: statement ${p('statement')} of identity policy "${p('policy')}" denies ${p('action')} on this role.`;
    case 'cut-trust-deny':
      return `Cut by an explicit deny: statement ${p('statement')} of the trust policy of ${p('role')} denies this caller.`;
  }
}

/** What would allow a cut hop without its guardrail (cutHops.ts, CutWording), in English. */
function allowedWords(allowedBy: string): string {
  if (allowedBy === 'trust') return 'The trust policy would allow it.';
  if (allowedBy === 'trust-and-assumed-identity')
    return "The trust policy would allow it, and the caller's own policies are assumed to.";
  return "The trust policy and the caller's identity policies would allow it.";
}

/** The note codes of cut hops, each naming the kind of guardrail that cuts. */
export const CUT_NOTE_CODES: readonly CutNoteCode[] = [
  'cut-scp-deny',
  'cut-scp-no-allow',
  'cut-rcp-deny',
  'cut-rcp-no-allow',
  'cut-boundary-deny',
  'cut-boundary-no-allow',
  'cut-identity-deny',
  'cut-trust-deny',
];

/** Whether an edge is a cut hop: the trust and identity policies allow it, a guardrail refuses it. */
export function isCut(edge: Pick<GraphEdge, 'note'>): boolean {
  return edge.note !== undefined && edge.note.code.startsWith('cut-');
}

export function edgeNote(code: EdgeNoteCode, params: Params): EdgeNote {
  return Object.freeze({ code, params: Object.freeze(params) });
}

/** Every note code, for the tests that walk them through each language's catalogue. */
export const EDGE_NOTE_CODES: readonly EdgeNoteCode[] = [
  'role-not-in-scenario',
  'role-not-imported',
  'passrole-other-account',
  'instance-profile-no-role',
  'pod-identity-other-account',
  'target-role-not-in-scenario',
  'cluster-no-issuer',
  'no-oidc-provider',
  'profile-no-credentials',
  'profile-signer-unknown',
  'profile-chained-duration',
  'profile-duration-over-max',
  'source-profile',
  'pod-runs-as',
  'access',
  'access-conditional',
  'member-of',
  'escalation',
  'escalation-via',
  'joined-assume-role',
  'joined-escalation',
  'joined-escalation-via',
  ...CUT_NOTE_CODES,
];

/**
 * An edge that holds by what the input says (a pod's service account, a profile's source, a session's
 * access), not by an evaluation: permitted, unconditional unless `shape` says otherwise, worded from
 * its note.
 */
export function notedEdge(
  from: string,
  to: string,
  kind: EdgeKind,
  note: EdgeNote,
  shape: Partial<
    Pick<GraphEdge, 'configured' | 'conditional' | 'conditions' | 'accessLevels' | 'assumptions'>
  > = {},
): Omit<GraphEdge, 'id'> {
  return {
    from,
    to,
    kind,
    configured: true,
    permitted: true,
    conditional: false,
    conditions: [],
    explanation: wordEdgeNote(note.code, note.params),
    decisions: [],
    chained: false,
    assumptions: NO_ASSUMPTIONS,
    note,
    ...shape,
  };
}
