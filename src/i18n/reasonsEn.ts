/**
 * How the engine reached a decision, in English: one entry per reason code (`reason.<code>`) and step
 * reason code (`reason.step.<code>`), with the pieces they are built from. They say what the engine's
 * own English says (reasonText.test.ts checks it), so the app words every language the same way.
 * zhHans.ts and zhHant.ts word the same keys.
 */
export const reasonsEn = {
  'reason.get-caller-identity':
    'Allowed: {action} needs no permission, and no policy can deny it, not even an explicit Deny.',
  'reason.explicit-deny':
    'Explicitly denied: {statement} of {policy} denies {caller} {action} on {resource}, and an explicit deny overrides every allow.',
  'reason.unknown-caller':
    'Denied: "{principal}" is not a principal AWS recognises, so nothing can allow it.',
  'reason.root-cannot-assume':
    'Denied: the root user cannot assume a role: AWS requires IAM user or role credentials for sts:AssumeRole.',
  'reason.anonymous-cannot-assume':
    'Denied: an anonymous caller cannot assume a role: every way to assume one needs credentials or a token.',
  'reason.aws-owned': 'Denied by AWS: {resource} is {owned}.',
  'reason.no-rcp-allows': 'Denied: no resource control policy at {level} allows {action} on {resource}.',
  'reason.no-scp-allows':
    'Denied: no service control policy at {level} allows {caller} {action} on {resource}.',
  'reason.unsigned-allowed':
    'Allowed: {statement} of the {policy} names {caller} directly, and such a caller has no identity policies to consult.',
  'reason.unsigned-star-allowed':
    'Allowed: {statement} of the {policy} allows any principal ("*"), {caller} included: such a caller has no identity policies to consult.',
  'reason.unsigned-not-allowed':
    'Denied: the {policy} does not allow {caller} {action} on {resource}{missed}, and {caller} has no identity policies of its own.',
  'reason.unsigned-no-resource-policy':
    'Denied: there is no resource policy to allow {caller} {action} on {resource}, and {caller} has no identity policies of its own.',
  'reason.anonymous-not-allowed':
    'Denied: the {policy} does not allow {caller} {action} on {resource}{missed}, and only a resource policy naming "*" can allow an anonymous caller.',
  'reason.anonymous-no-resource-policy':
    'Denied: there is no resource policy to allow {caller} {action} on {resource}, and only a resource policy naming "*" can allow an anonymous caller.',
  'reason.cross-account-no-resource-allow':
    'Denied: across accounts both sides must allow, and the {policy} does not allow {caller} {action} on {resource}{missed}.',
  'reason.cross-account-no-resource-policy':
    "Denied: across accounts the resource's account must allow through a resource policy, and {resource} in account {account} has none.",
  'reason.cross-account-no-identity-allow':
    'Denied: the {policy} allows {caller}, but across accounts an identity policy of {caller} must also allow {action} on {resource}, and none does.',
  'reason.cross-account-allowed': 'Allowed: the {policy} allows {caller} and {identity}.',
  'reason.role-not-granted':
    'Denied: the {policy} does not allow {caller} {action} on {resource}{missed}; a role must be granted explicitly by its own policy, whatever the identity policies say.',
  'reason.role-without-trust':
    'Denied: {resource} has no trust policy here, and a role must be granted explicitly by its own policy, whatever the identity policies say.',
  'reason.key-not-granted':
    'Denied: the {policy} does not allow {caller} {action} on {resource}{missed}; a KMS key must be granted explicitly by its own policy, whatever the identity policies say.',
  'reason.key-without-policy':
    'Denied: {resource} has no key policy here, and a KMS key must be granted explicitly by its own policy, whatever the identity policies say.',
  'reason.named-directly-allowed':
    'Allowed: {statement} of the {policy} names {caller} directly, and in the same account that alone grants access.',
  'reason.star-allowed':
    'Allowed: {statement} of the {policy} allows any principal ("*"), {caller} included: in the same account that alone grants access.',
  'reason.role-arn-allowed':
    'Allowed: {statement} of the {policy} names {caller} by its role ARN; only a permissions boundary or session policy could limit that.',
  'reason.role-arn-limited': 'Denied: the {policy} names the role, but {limit}.',
  'reason.account-trust-no-identity-allow':
    'Denied: the {policy} trusts account {account}, so an identity policy of {caller} must also allow {action} on {resource}, and none does.',
  'reason.account-trust-allowed': 'Allowed: the {policy} trusts account {account} and {identity}.',
  'reason.no-identity-allow': 'Denied: no identity policy of {caller} allows {action} on {resource}.',
  'reason.no-identity-or-resource-allow':
    'Denied: no identity policy of {caller} allows {action} on {resource} and the {policy} does not either.',
  'reason.identity-allowed': 'Allowed: {identity}.',
  'reason.identity-allow-limited': 'Denied: {identity}, but {limit}.',

  'reason.step.get-caller-identity':
    '{action} needs no permission, and no policy can deny it, not even an explicit Deny.',
  'reason.step.aws-owned': 'AWS refuses this request whatever the policies say: {resource} is {owned}.',
  'reason.step.deny-applies': '{statement} of {policy} denies {action} on {resource}.',
  'reason.step.no-deny': 'No Deny statement applies.',
  'reason.step.level-fails': 'No {org} at {level} allows {action} on {resource}.',
  'reason.step.levels-allow': 'An {org} allows the request at every level ({levels}).',
  'reason.step.levels-not-governing': '{org}s do not govern this request.',
  'reason.step.levels-absent': 'No {org}s take part.',
  'reason.step.resource-policy-absent': 'No resource policy takes part.',
  'reason.step.resource-policy-allows': '{statement} of the {policy} allows {caller} (named as {named}).',
  'reason.step.resource-policy-no-allow':
    'The {policy} has no statement allowing {caller} {action} on {resource}.',
  'reason.step.identity-absent': '{caller} has no identity policies.',
  'reason.step.root-full-access': 'The root user has full access in its own account.',
  'reason.step.identity-allows': '{identityStatement} of {identityPolicy} allows {action} on {resource}.',
  'reason.step.identity-no-allow': 'No identity policy of {caller} allows {action} on {resource}.',
  'reason.step.boundary-absent': 'No permissions boundary applies.',
  'reason.step.boundary-allows': 'The permissions boundary allows {action} on {resource}.',
  'reason.step.boundary-denies': 'The permissions boundary does not allow {action} on {resource}.',
  'reason.step.federated-without-session-policy':
    'A federated user session passed no session policy, so it has no permissions of its own.',
  'reason.step.session-policy-absent': 'No session policy was passed.',
  'reason.step.not-a-session': 'Not a session: session policies do not apply.',
  'reason.step.session-policy-allows': 'The session policy allows {action} on {resource}.',
  'reason.step.session-policy-denies': 'The session policy does not allow {action} on {resource}.',

  'reason.caller.user': 'user {name}',
  'reason.caller.role': 'a session of role {name}',
  'reason.caller.assumedRole': 'session {session} of role {name}',
  'reason.caller.federatedUser': 'federated user {name}',
  'reason.caller.root': 'the root user of account {account}',
  'reason.caller.service': 'the service {name}',
  'reason.caller.oidcProvider': 'a web identity from {name}',
  'reason.caller.samlProvider': 'a SAML assertion from {name}',
  'reason.caller.anonymous': 'an anonymous caller',
  'reason.caller.unknown': '"{principal}"',
  'reason.caller.outside': 'a caller from account {account}',
  'reason.resource.role': 'role {name}',
  'reason.policy.trust': 'trust policy of {name}',
  'reason.policy.resource': 'resource policy of {name}',
  'reason.policy.identity': 'identity policy "{name}"{at}',
  'reason.policy.scp': 'SCP "{name}"{at}',
  'reason.policy.rcp': 'RCP "{name}"{at}',
  'reason.policy.boundary': 'permissions boundary "{name}"{at}',
  'reason.policy.session': 'session policy "{name}"{at}',
  'reason.policy.at': ' at {level}',
  // The engine's own words for it (OUTSIDE_IDENTITY_NAME), so English reads as the engine does.
  'reason.policy.outsideAssumed': 'identity policy "assumed: the caller’s own account allows sts:AssumeRole"',
  'reason.statement.sid': 'statement "{sid}"',
  'reason.statement.index': 'statement #{number}',
  'reason.identity.root': 'the root user has full access',
  'reason.identity.policy': '{identityPolicy} allows it',
  'reason.limit.boundary': 'the permissions boundary does not allow it',
  'reason.limit.session-policy': 'the session policy does not allow it',
  'reason.limit.no-session-policy':
    'a federated user session without a session policy has no permissions of its own',
  'reason.missed': ' ({statement} requires {operator} {key} = {expected}; the request has {actual})',
  'reason.missed.noKey': 'no such key',
  'reason.missed.empty': 'an empty value',
  'reason.owned.aws-managed-policy': 'an AWS managed policy; only AWS creates, versions, tags or deletes it',
  'reason.owned.identity-center-role':
    'a role IAM Identity Center provisions for a permission set; only IAM Identity Center changes, tags or deletes it, and no one passes it to a service',
  'reason.owned.service-linked-role':
    'a service-linked role; only its service sets its trust and permissions, and it is deleted with iam:DeleteServiceLinkedRole',
  'reason.owned.aws-managed-kms-alias':
    'an alias reserved for AWS managed keys; only AWS creates, updates or deletes it',
  'reason.named.user': 'the user ARN',
  'reason.named.role': 'the role ARN',
  'reason.named.session': 'the exact session ARN',
  'reason.named.federatedSession': 'the federated user ARN',
  'reason.named.account': 'its account',
  'reason.named.star': '"*"',
  'reason.named.service': 'the service principal',
  'reason.named.federated': 'the identity provider',
  'reason.named.canonicalUser': 'a principal',
  'reason.org.SCP': 'SCP',
  'reason.org.RCP': 'RCP',
  'trace.note.not-action-excluded': '{value} is excluded by NotAction',
  'trace.note.not-action-unlisted': '{value} is not listed in NotAction',
  'trace.note.resource-implied': 'no Resource element: the policy applies to the resource it is attached to',
  'trace.note.resource-missing': 'the statement has no Resource element, which AWS rejects',
  'trace.note.not-resource-excluded': '{value} is excluded by NotResource',
  'trace.note.no-principal': 'the statement names no principal',
  'trace.note.caller-unrecognised': 'the caller is not a principal AWS recognises',
  'trace.note.principal-deleted-id':
    '{value} is a unique id left by a deleted user or role: it matches nobody',
  'trace.note.principal-unrecognised': '"{value}" is not a principal AWS recognises',
  'trace.note.not-principal-listed': 'the caller is listed in NotPrincipal',
  'trace.note.not-principal-unlisted': '{value} is not listed in NotPrincipal',
};

export type ReasonKey = keyof typeof reasonsEn;
