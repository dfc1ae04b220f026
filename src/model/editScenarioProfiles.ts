/**
 * `~/.aws/config` profiles edited in the app: add one (like editScenario.ts: pure, `check…` names
 * what is wrong, the edit throws on it), and write one back as the lines of the file it stands for.
 * Settings as the AWS CLI reads them: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-role.html
 */
import type { EditProblem } from './editScenario';
import type { CliCredentialSource, CliProfileSpec, Scenario } from './scenario';
import { PATTERNS } from './validation/patterns';

/** A profile name: no spaces or brackets, which would end the `[profile NAME]` header. */
const PROFILE_NAME = /^[^\s[\]]{1,64}$/;

export interface ProfileInput {
  name: string;
  roleArn: string;
  /** Another profile's name, or a credential source. */
  source: { profile: string } | { credentialSource: CliCredentialSource };
  externalId?: string;
  roleSessionName?: string;
  /** The inline session policy the profile's session passes, as a document value. */
  sessionPolicy?: unknown;
  /** Managed session policies by ARN, at most 10 (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html). */
  sessionPolicyArns?: string[];
}

/**
 * Where an inline session policy starts in the form: allowing everything, so the profile's session can
 * do all its role can until the policy is narrowed in the editor.
 */
export function starterSessionPolicy(): unknown {
  return { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
}

export function checkCliProfile(s: Scenario, input: ProfileInput): EditProblem | null {
  if (!PROFILE_NAME.test(input.name)) return 'profileName';
  if ((s.cliProfiles ?? []).some((p) => p.name === input.name)) return 'duplicate';
  if (!PATTERNS.roleArn.test(input.roleArn)) return 'roleArn';
  const { source } = input;
  if ('profile' in source && !(s.cliProfiles ?? []).some((p) => p.name === source.profile))
    return 'profileSource';
  if (input.externalId && !PATTERNS.externalId.test(input.externalId)) return 'externalId';
  if (input.roleSessionName && !PATTERNS.roleSessionName.test(input.roleSessionName)) return 'sessionName';
  const arns = input.sessionPolicyArns ?? [];
  if (arns.length > 10 || arns.some((arn) => !PATTERNS.managedPolicyArn.test(arn))) return 'policyArn';
  return null;
}

export function addCliProfile(s: Scenario, input: ProfileInput): Scenario {
  const problem = checkCliProfile(s, input);
  if (problem) throw new Error(`invalid input: ${problem}`);
  const profile: CliProfileSpec = {
    name: input.name,
    roleArn: input.roleArn,
    ...('profile' in input.source
      ? { sourceProfile: input.source.profile }
      : { credentialSource: input.source.credentialSource }),
    ...(input.externalId ? { externalId: input.externalId } : {}),
    ...(input.roleSessionName ? { roleSessionName: input.roleSessionName } : {}),
    ...(input.sessionPolicy !== undefined ? { sessionPolicy: input.sessionPolicy } : {}),
    ...(input.sessionPolicyArns?.length ? { sessionPolicyArns: [...input.sessionPolicyArns] } : {}),
  };
  return { ...s, cliProfiles: [...(s.cliProfiles ?? []), profile] };
}

/** What the profile passes besides has no setting in ~/.aws/config. */
type SettingField = Exclude<
  keyof CliProfileSpec,
  'name' | 'sessionPolicy' | 'sessionPolicyArns' | 'sessionTags'
>;

const SETTINGS: [SettingField, string][] = [
  ['roleArn', 'role_arn'],
  ['sourceProfile', 'source_profile'],
  ['credentialSource', 'credential_source'],
  ['webIdentityTokenFile', 'web_identity_token_file'],
  ['externalId', 'external_id'],
  ['mfaSerial', 'mfa_serial'],
  ['roleSessionName', 'role_session_name'],
  ['durationSeconds', 'duration_seconds'],
];

/** The profile as its section of ~/.aws/config (`[default]` keeps its own header). */
export function profileSection(profile: CliProfileSpec): string {
  const header = profile.name === 'default' ? '[default]' : `[profile ${profile.name}]`;
  const lines = SETTINGS.flatMap(([field, key]) =>
    profile[field] === undefined ? [] : [`${key} = ${String(profile[field])}`],
  );
  return [header, ...lines].join('\n');
}
