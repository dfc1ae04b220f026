/**
 * Findings as data: a stable code and its parameters, and the English title and explanation worded
 * from them here alone. The app words the same code and parameters from its message catalogues in
 * the user's language (src/i18n/findingText.ts), so a title can change without losing a
 * translation.
 */
import type { FindingCode } from '../types';

export type FindingParams = Readonly<Record<string, string | number>>;

const TITLES: Record<FindingCode, string> = {
  'deleted-principal': 'Trust names a principal that no longer exists',
  'anyone-can-assume': 'Anyone can assume this role',
  'principal-not-imported': 'Trust names a principal missing from the scenario',
  'third-party-without-external-id': 'Third-party trust without ExternalId',
  'third-party-without-external-id-cut': 'Third-party trust without ExternalId, refused by a guardrail',
  'account-trust-without-conditions': 'Trust to a whole account without conditions',
  'github-oidc-without-sub': 'GitHub OIDC trust without a sub condition',
  'web-identity-without-sub': 'Web identity trust without a sub condition',
  'web-identity-wildcard-sub': 'Wildcard in a web identity sub condition',
  'pod-identity-open-trust': 'Pod Identity trust without namespace or service account conditions',
  'group-not-imported': 'Group not in the scenario',
  'unknown-policy': 'Managed policy not in the scenario',
  'broken-edge': 'Configured {kind} that cannot work',
  'outside-admin': 'Path from outside the organization to an administrator-level role',
  'maybe-outside-admin':
    'Path from an account not known to be in your organization to an administrator-level role',
  'self-escalation': 'Principal can give itself any permission',
  'self-escalation-after-join': 'User can give itself any permission once it joins a group',
};

function explanation(code: FindingCode, p: (name: string) => string, count: (name: string) => number) {
  switch (code) {
    case 'deleted-principal':
      return `The trust policy of ${p('role')} names ${p('principal')}, the unique id IAM leaves in place of a deleted user or role: it lets nobody in. Remove it, or name the principal that should come in by its ARN.`;
    case 'anyone-can-assume':
      return `The trust policy of ${p('role')} allows "*" to call sts:AssumeRole with no condition: any AWS identity in any account can become ${p('role')}.`;
    case 'principal-not-imported':
      return `The trust policy of ${p('role')} names ${p('principal')}, in an account the scenario holds, but the scenario has no such ${p('type')}: the export may leave it out. Its hops into ${p('role')} are not drawn; import it to see them.`;
    case 'third-party-without-external-id':
      return `${p('role')} trusts account ${p('account')}, which is outside this scenario, without requiring sts:ExternalId: a vendor serving many customers can be tricked into using it for someone else (the confused deputy).`;
    case 'third-party-without-external-id-cut':
      return `${p('role')} trusts account ${p('account')}, which is outside this scenario, without requiring sts:ExternalId. Today a guardrail (${p('guardrail')}) refuses that account's hop, so no confused deputy can use it; the trust still lets it in if that guardrail changes. Require sts:ExternalId or remove the account.`;
    case 'account-trust-without-conditions':
      return `${p('role')} trusts every identity of account ${p('account')} that its own policies allow to call sts:AssumeRole; naming the role or user that needs it, or adding conditions, narrows that.`;
    case 'github-oidc-without-sub':
      return `${p('role')} trusts GitHub Actions tokens without a sub condition: any repository on GitHub can assume it.`;
    case 'web-identity-without-sub':
      return `${p('role')} trusts every token from ${p('host')} without a sub condition: every service account of the cluster can assume it.`;
    case 'web-identity-wildcard-sub':
      return `${p('role')} matches the token sub with a wildcard (${p('values')})${count('count') > 0 ? `, letting in ${count('count')} service account(s) not annotated for it` : ''}.`;
    case 'pod-identity-open-trust':
      return `${p('role')} trusts pods.eks.amazonaws.com without conditions on aws:RequestTag/kubernetes-namespace or kubernetes-service-account: any Pod Identity association in account ${p('account')} can use it.`;
    case 'group-not-imported':
      return `${p('principal')} is a member of ${p('group')}, which is not in the scenario: its policies, Denies included, are unknown, so every hop from ${p('principal')} is shown as if the group granted and denied nothing. Import it (get-account-authorization-details lists groups) to see what it changes.`;
    case 'unknown-policy':
      return `${p('policy')} is attached to ${p('principal')}, but its document is not in the scenario, so the analysis treats it as granting nothing. Import it (get-account-authorization-details lists customer managed policies) to see what it allows.`;
    case 'broken-edge':
      return p('explanation');
    case 'outside-admin':
    case 'maybe-outside-admin':
      return `${p('start')} can reach ${p('admin')}, which may change IAM itself, in ${p('hops')} hop(s): ${p('path')}.`;
    case 'self-escalation':
      return `${p('principal')} may call ${p('technique')} on ${p('resource')}: it can give itself any permission, AdministratorAccess included. Limit that action to the resources it must change, or deny it with a permissions boundary or an SCP.`;
    case 'self-escalation-after-join':
      return `${p('principal')} may add itself to group ${p('group')}, whose policies let it call ${p('technique')} on ${p('resource')}: it can then give itself any permission, AdministratorAccess included. Limit iam:AddUserToGroup to the groups it must manage, and that action to the resources it must change.`;
  }
}

/** The English title and explanation of a finding, from its code and parameters alone. */
export function wordFinding(
  code: FindingCode,
  params: FindingParams,
): { title: string; explanation: string } {
  const p = (name: string) => String(params[name] ?? '?');
  const count = (name: string) => Number(params[name] ?? 0);
  return {
    title: TITLES[code].replace('{kind}', p('kind')),
    explanation: explanation(code, p, count),
  };
}

export const FINDING_CODES = Object.keys(TITLES) as FindingCode[];
