/**
 * `~/.aws/config`: named profiles and the role chains they describe (role_arn reached from
 * source_profile or credential_source). Parsed the way botocore's config parser reads it:
 * `[profile NAME]` and `[default]` sections, `key = value` lines, `#`/`;` comment lines, and
 * indented lines continuing a nested setting such as `s3 =`.
 */
import type { CliCredentialSource, CliProfileSpec } from '../model/scenario';
import type { Reporter } from './located';
import type { ScenarioFragment } from './types';

const CREDENTIAL_SOURCES: readonly CliCredentialSource[] = [
  'Environment',
  'Ec2InstanceMetadata',
  'EcsContainer',
];
const SECRET_KEYS = new Set(['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token']);

interface Section {
  name: string;
  line: number;
  values: Map<string, { value: string; line: number }>;
}

/** `[profile x]` → x, `[default]` → default; other sections (sso-session, services) are not profiles. */
function profileName(header: string, credentialsStyle: boolean): string | undefined {
  if (header === 'default') return 'default';
  const match = /^profile\s+(.+)$/.exec(header);
  if (match?.[1] !== undefined) return match[1].trim();
  // In ~/.aws/credentials (and files that look like it) sections are bare profile names.
  return credentialsStyle && !/^(sso-session|services)\s/.test(header) ? header : undefined;
}

export function parseIniSections(text: string, reporter: Reporter): Section[] {
  const lines = text.split(/\r\n|\r|\n/);
  const credentialsStyle = !lines.some((l) => /^\s*\[\s*profile\s/.test(l));
  const sections = new Map<string, Section>();
  let current: Section | undefined;
  let skipping = false;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (/^\s*([#;].*)?$/.test(raw)) return;
    const header = /^\s*\[([^\]]*)\]\s*$/.exec(raw);
    if (header) {
      const name = profileName((header[1] ?? '').trim(), credentialsStyle);
      skipping = name === undefined;
      if (name === undefined) return;
      const existing = sections.get(name);
      if (existing)
        reporter.warning('config-profile-twice', { profile: name }, { field: `profile ${name}`, line });
      current = existing ?? { name, line, values: new Map() };
      sections.set(name, current);
      return;
    }
    // Indented lines belong to a nested setting (`s3 =` followed by `  max_concurrent_requests = 20`).
    if (/^\s/.test(raw)) return;
    if (skipping) return;
    const pair = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(raw);
    if (!pair || !current) {
      reporter.warning('config-line-unreadable', { line }, { line, column: 1 });
      return;
    }
    current.values.set((pair[1] ?? '').trim().toLowerCase(), { value: (pair[2] ?? '').trim(), line });
  });
  return [...sections.values()];
}

export function importAwsConfig(text: string, reporter: Reporter): ScenarioFragment {
  const sections = parseIniSections(text, reporter);
  const profiles: CliProfileSpec[] = [];
  const hasStatic = new Set<string>();
  let secretsSeen = false;
  for (const section of sections) {
    const get = (key: string): string | undefined => {
      const v = section.values.get(key)?.value;
      return v === undefined || v === '' ? undefined : v;
    };
    const where = (key: string): { field: string; line: number } => ({
      field: `profile ${section.name}.${key}`,
      line: section.values.get(key)?.line ?? section.line,
    });
    if ([...section.values.keys()].some((k) => SECRET_KEYS.has(k))) {
      secretsSeen = true;
      hasStatic.add(section.name);
    }
    const profile: CliProfileSpec = { name: section.name };
    const roleArn = get('role_arn');
    const sourceProfile = get('source_profile');
    const credentialSource = get('credential_source');
    const duration = get('duration_seconds');
    if (roleArn !== undefined) {
      if (!/^arn:aws[a-z-]*:iam::\d{12}:role\/.+/.test(roleArn))
        reporter.warning('config-role-arn-invalid', { arn: roleArn }, where('role_arn'));
      profile.roleArn = roleArn;
    }
    if (sourceProfile !== undefined) profile.sourceProfile = sourceProfile;
    if (credentialSource !== undefined) {
      const known = CREDENTIAL_SOURCES.find((s) => s === credentialSource);
      if (known) profile.credentialSource = known;
      else
        reporter.error(
          'config-credential-source-invalid',
          { allowed: CREDENTIAL_SOURCES.join(', '), value: credentialSource },
          where('credential_source'),
        );
    }
    if (sourceProfile !== undefined && credentialSource !== undefined) {
      reporter.error('config-source-conflict', { profile: section.name }, where('credential_source'));
    }
    const optional: [keyof CliProfileSpec, string][] = [
      ['externalId', 'external_id'],
      ['mfaSerial', 'mfa_serial'],
      ['webIdentityTokenFile', 'web_identity_token_file'],
      ['roleSessionName', 'role_session_name'],
    ];
    for (const [field, key] of optional) {
      const v = get(key);
      if (v !== undefined) Object.assign(profile, { [field]: v });
    }
    if (duration !== undefined) {
      const seconds = Number(duration);
      if (Number.isInteger(seconds) && seconds >= 900 && seconds <= 43200) profile.durationSeconds = seconds;
      else reporter.warning('config-duration-invalid', { value: duration }, where('duration_seconds'));
    }
    if (
      roleArn !== undefined &&
      sourceProfile === undefined &&
      credentialSource === undefined &&
      profile.webIdentityTokenFile === undefined
    ) {
      reporter.warning('config-role-without-source', { profile: section.name }, where('role_arn'));
    }
    profiles.push(profile);
  }
  checkSources(profiles, sections, hasStatic, reporter);
  if (secretsSeen) reporter.warning('config-access-keys', {});
  if (profiles.length === 0) reporter.warning('config-empty', {});
  return profiles.length > 0 ? { cliProfiles: profiles } : {};
}

/** Missing source profiles and source_profile cycles, each cycle reported once. */
function checkSources(
  profiles: CliProfileSpec[],
  sections: Section[],
  hasStatic: Set<string>,
  reporter: Reporter,
): void {
  const byName = new Map(profiles.map((p) => [p.name, p]));
  const lineOf = (name: string): number =>
    sections.find((s) => s.name === name)?.values.get('source_profile')?.line ?? 1;
  const reported = new Set<string>();
  for (const profile of profiles) {
    const source = profile.sourceProfile;
    if (source === undefined) continue;
    // A profile may name itself when it also holds keys: the CLI then uses those keys for the assume-role call.
    if (source === profile.name && hasStatic.has(profile.name)) continue;
    if (!byName.has(source)) {
      reporter.warning(
        'config-source-profile-missing',
        { profile: profile.name, source },
        { field: `profile ${profile.name}.source_profile`, line: lineOf(profile.name) },
      );
      continue;
    }
    const path: string[] = [];
    let current: CliProfileSpec | undefined = profile;
    while (current && !path.includes(current.name)) {
      path.push(current.name);
      const next: string | undefined = current.sourceProfile;
      if (next === undefined || (next === current.name && hasStatic.has(next))) break;
      current = byName.get(next);
    }
    if (current && path.includes(current.name) && path[0] === current.name) {
      const cycle = [...path].sort().join(',');
      if (reported.has(cycle)) continue;
      reported.add(cycle);
      reporter.error(
        'config-source-profile-cycle',
        { cycle: [...path, current.name].join(' → ') },
        {
          field: `profile ${profile.name}.source_profile`,
          line: lineOf(profile.name),
        },
      );
    }
  }
}

/** Whether the text looks like an AWS config or credentials file. */
export function looksLikeAwsConfig(text: string): boolean {
  if (!/^\s*\[[^\]]+\]\s*$/m.test(text)) return false;
  return (
    /^\s*\[(default|profile\s+[^\]]+)\]\s*$/m.test(text) &&
    /^\s*(role_arn|source_profile|credential_source|region|output|aws_access_key_id|sso_[a-z_]+|credential_process|mfa_serial|web_identity_token_file)\s*[=:]/m.test(
      text,
    )
  );
}
