/** Accounts, IAM principals and their policies, and the names of principals outside the scenario. */
import {
  accountId,
  flag,
  list,
  managedPolicyArns,
  nonEmptyText,
  object,
  oneOf,
  optional,
  patterned,
  policyDocument,
  roleArn,
  tags,
  text,
  wholeNumber,
} from './fields';

export const Account = object(
  'an account',
  {
    id: accountId('Account id', 'The 12-digit account id.'),
    name: text(['Name', 'A display name, e.g. "Production".']),
  },
  ['Account', 'An AWS account.'],
);

export const NamedPolicy = object(
  'an inline policy',
  {
    name: patterned('policyName', [
      'Name',
      'The policy name, unique within its holder: 1–128 letters, digits and +=,.@_-.',
    ]),
    document: policyDocument(['Document', 'The policy document.']),
  },
  ['Inline policy', 'A policy embedded in one user, group or role.'],
);
const inlinePolicies = (holder: string) =>
  optional(
    list(NamedPolicy, [
      'Inline policies',
      `Policies embedded in the ${holder}, each with a name unique within the ${holder}. Each is a document with the id ARN#inline/NAME.`,
    ]),
  );

export const ManagedPolicy = object(
  'a managed policy',
  {
    arn: patterned('managedPolicyArn', [
      'ARN',
      'arn:aws:iam::ACCOUNT:policy/PATH/NAME (or arn:aws:iam::aws:policy/NAME to pin an AWS managed policy).',
    ]),
    name: optional(text(['Name', 'The display name; defaults to the last part of the ARN.'])),
    document: policyDocument(['Document', 'The default version of the policy.']),
    description: optional(text(['Description', 'What the policy is for.'])),
  },
  ['Managed policy', 'A managed policy and its document; its document id is its ARN.'],
);

/** https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html */
const permissionsBoundary = (holder: string) =>
  optional(
    patterned('managedPolicyArn', [
      'Permissions boundary',
      `ARN of the managed policy that caps what the ${holder} may do. An unknown boundary is read as allowing nothing.`,
    ]),
  );

export const User = object(
  'a user',
  {
    arn: patterned('userArn', ['ARN', 'arn:aws:iam::ACCOUNT:user/PATH/NAME.']),
    groups: optional(
      list(patterned('groupArn', ['Group ARN', 'arn:aws:iam::ACCOUNT:group/NAME.']), [
        'Groups',
        'ARNs of the groups the user is in (same account).',
      ]),
    ),
    inlinePolicies: inlinePolicies('user'),
    managedPolicies: managedPolicyArns('user'),
    permissionsBoundary: permissionsBoundary('user'),
    tags: optional(tags(['Tags', "The user's tags, seen as aws:PrincipalTag/KEY."])),
    mfa: optional(
      flag([
        'Has MFA',
        'Whether the user has an MFA device, so sessions with aws:MultiFactorAuthPresent are possible. Defaults to true.',
      ]),
    ),
    userId: optional(nonEmptyText(['User id', 'The unique id (AIDA…), seen as aws:userid.'])),
  },
  ['IAM user', 'An IAM user.'],
);

export const Group = object(
  'a group',
  {
    arn: patterned('groupArn', ['ARN', 'arn:aws:iam::ACCOUNT:group/PATH/NAME.']),
    inlinePolicies: inlinePolicies('group'),
    managedPolicies: managedPolicyArns('group'),
  },
  ['IAM group', 'An IAM group; its policies apply to its members.'],
);

export const Role = object(
  'a role',
  {
    arn: roleArn('ARN', 'arn:aws:iam::ACCOUNT:role/PATH/NAME.'),
    trustPolicy: policyDocument([
      'Trust policy',
      'Who may assume the role (the assume-role policy document). Its document id is ARN#trust.',
    ]),
    inlinePolicies: inlinePolicies('role'),
    managedPolicies: managedPolicyArns('role'),
    permissionsBoundary: permissionsBoundary('role'),
    tags: optional(tags(['Tags', "The role's tags, seen as aws:PrincipalTag/KEY in its sessions."])),
    // https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html (MaxSessionDuration)
    maxSessionDuration: optional(
      wholeNumber(3600, 43200, ['Maximum session duration', "Seconds, 3600–43200; AWS's default is 3600."]),
    ),
    instanceProfiles: optional(
      list(
        patterned('instanceProfileArn', [
          'Instance profile ARN',
          'arn:aws:iam::ACCOUNT:instance-profile/NAME.',
        ]),
        [
          'Instance profiles',
          'ARNs of the instance profiles holding this role (same account; a profile holds one role).',
        ],
      ),
    ),
    description: optional(text(['Description', 'What the role is for.'])),
    roleId: optional(
      nonEmptyText([
        'Role id',
        'The unique id (AROA…), seen as the first part of aws:userid in its sessions.',
      ]),
    ),
  },
  ['IAM role', 'An IAM role.'],
);

export const IdentityProvider = object(
  'an identity provider',
  {
    arn: patterned('identityProviderArn', [
      'ARN',
      'arn:aws:iam::ACCOUNT:oidc-provider/HOST/PATH or arn:aws:iam::ACCOUNT:saml-provider/NAME.',
    ]),
    clientIds: optional(
      list(text(['Client id', 'An audience (aud) the provider accepts.']), [
        'Client ids',
        'OIDC only: the audiences registered with the provider (sts.amazonaws.com for EKS).',
      ]),
    ),
  },
  ['Identity provider', 'An IAM OIDC or SAML provider.'],
);

export const ExternalPrincipal = object(
  'an external principal',
  {
    id: nonEmptyText(['Id', 'An account id, a principal ARN outside the scenario, or an OIDC issuer host.']),
    name: text(['Name', 'The display name, e.g. "Datadog".']),
    kind: oneOf(
      ['account', 'vendor', 'oidc'],
      ['Kind', 'account: another AWS account; vendor: a third party; oidc: an identity provider issuer.'],
    ),
  },
  ['External principal', 'A principal outside the scenario, given a name.'],
);

/**
 * One `[profile NAME]` (or `[default]`) section of `~/.aws/config`: only the settings that shape
 * the trust chain; access keys are never stored.
 * https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-role.html
 */
export const CliProfile = object(
  'a CLI profile',
  {
    name: nonEmptyText(['Name', 'The profile name; "default" for the [default] section.']),
    roleArn: optional(roleArn('role_arn', 'The role this profile assumes.')),
    sourceProfile: optional(
      nonEmptyText([
        'source_profile',
        'The profile whose credentials call sts:AssumeRole; not with credentialSource.',
      ]),
    ),
    credentialSource: optional(
      oneOf(
        ['Environment', 'Ec2InstanceMetadata', 'EcsContainer'],
        ['credential_source', 'Where the first credentials come from when there is no source profile.'],
      ),
    ),
    externalId: optional(patterned('externalId', ['external_id', 'Passed as sts:ExternalId.'])),
    mfaSerial: optional(
      nonEmptyText([
        'mfa_serial',
        'The MFA device ARN or serial, so the session has aws:MultiFactorAuthPresent.',
      ]),
    ),
    webIdentityTokenFile: optional(
      nonEmptyText([
        'web_identity_token_file',
        'The profile calls sts:AssumeRoleWithWebIdentity with the token in this file.',
      ]),
    ),
    roleSessionName: optional(
      patterned('roleSessionName', [
        'role_session_name',
        'The session name: the last part of the assumed-role ARN.',
      ]),
    ),
    durationSeconds: optional(
      wholeNumber(900, 43200, ['duration_seconds', 'Requested session length in seconds (900–43200).']),
    ),
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
    sessionPolicy: optional(
      policyDocument([
        'Session policy',
        "The inline session policy passed with sts:AssumeRole (Policy): the session may do only what it and the role's policies both allow. Its document id is profile:NAME#session.",
      ]),
    ),
    sessionPolicyArns: optional(
      list(
        patterned('managedPolicyArn', [
          'Session policy ARN',
          'arn:aws:iam::ACCOUNT:policy/NAME or arn:aws:iam::aws:policy/NAME.',
        ]),
        [
          'Session policy ARNs',
          'Managed policies passed as session policies (PolicyArns), up to 10. Customer managed ones should be declared in "managedPolicies"; an unknown one is read as allowing nothing.',
        ],
      ),
    ),
    sessionTags: optional(
      tags([
        'Session tags',
        "Tags passed with sts:AssumeRole (Tags): principal tags of the session, over the role's own of the same key.",
      ]),
    ),
  },
  ['CLI profile', 'One [profile NAME] (or [default]) section of ~/.aws/config.'],
);
