import type { Assumption, AssumptionCode } from '../engine';
import type { MessageKey } from './en';
import type { Translate } from './translate';

/** Each assumption's sentence in the interface's languages, worded from its parameters. */
const TEXTS: Record<AssumptionCode, MessageKey> = {
  'oidc-provider-assumed': 'assumption.oidcProviderAssumed',
  'organization-unknown': 'assumption.organizationUnknown',
  'group-not-imported': 'assumption.groupNotImported',
  'policy-not-imported': 'assumption.policyNotImported',
  'outside-caller-assumed': 'assumption.outsideCallerAssumed',
  'unreadable-document': 'assumption.unreadableDocument',
  'role-not-imported': 'assumption.roleNotImported',
  'profile-signer-unknown': 'assumption.profileSignerUnknown',
  'profile-host-assumed': 'assumption.profileHostAssumed',
  'session-policy-unknown': 'assumption.sessionPolicyUnknown',
  'access-key-slot-assumed': 'assumption.accessKeySlotAssumed',
  'login-profile-absent-assumed': 'assumption.loginProfileAbsentAssumed',
  'login-profile-present-assumed': 'assumption.loginProfilePresentAssumed',
  'managed-node-assumed': 'assumption.managedNodeAssumed',
  'function-invocation-assumed': 'assumption.functionInvocationAssumed',
};

/** What an assumption takes as true, in the user's language, from its code and parameters. */
export function assumptionText(assumption: Assumption, t: Translate): string {
  return t(TEXTS[assumption.code], assumption.params);
}
