import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFiles } from './importFiles';
import type { ImportFile } from './types';

const load = (name: string): ImportFile => ({
  name,
  text: readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'),
});

describe('~/.aws/config', () => {
  it('reads profiles and the settings that shape role chains', () => {
    const { scenario, problems } = importFiles([load('aws-config.ini')]);
    expect(problems).toEqual([]);
    expect(scenario.cliProfiles).toEqual([
      { name: 'default' },
      {
        name: 'marketingadmin',
        roleArn: 'arn:aws:iam::111122223333:role/marketingadminrole',
        credentialSource: 'Ec2InstanceMetadata',
      },
      {
        name: 'crossaccount',
        roleArn: 'arn:aws:iam::111122223333:role/RoleForB',
        sourceProfile: 'default',
        roleSessionName: 'EC2FromB',
        durationSeconds: 3600,
      },
      {
        name: 'admin-mfa',
        roleArn: 'arn:aws:iam::111122223333:role/Admin',
        sourceProfile: 'crossaccount',
        externalId: '7c1b0f2e-example',
        mfaSerial: 'arn:aws:iam::444455556666:mfa/alice',
      },
      {
        name: 'ci',
        roleArn: 'arn:aws:iam::444455556666:role/github-deploy',
        webIdentityTokenFile: '/var/run/secrets/ci/token',
      },
      { name: 's3-tuned' },
    ]);
  });

  it('reports cycles, missing source profiles, conflicting sources and bad values with lines', () => {
    const { scenario, problems } = importFiles([load('aws-config-broken.ini')]);
    expect(scenario.cliProfiles?.map((p) => p.name)).toEqual(['a', 'b', 'both', 'orphan', 'weird']);
    const summary = problems.map((p) => [p.severity, p.field, p.line]);
    expect(summary).toEqual([
      ['error', 'profile both.credential_source', 12],
      ['error', 'profile weird.credential_source', 20],
      ['warning', 'profile weird.duration_seconds', 21],
      ['error', 'profile a.source_profile', 3],
      ['warning', 'profile orphan.source_profile', 16],
    ]);
    expect(problems[3]).toMatchObject({
      code: 'config-source-profile-cycle',
      params: { cycle: 'a → b → a' },
    });
  });

  it('reads credentials-style sections, allows a self-sourcing profile with keys, and never keeps the keys', () => {
    const text = [
      '[ops]',
      'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'role_arn = arn:aws:iam::111122223333:role/Ops',
      'source_profile = ops',
      '',
      '[default]',
      'region = us-east-1',
    ].join('\n');
    const { scenario, problems } = importFiles([{ name: 'credentials', text }]);
    expect(scenario.cliProfiles).toEqual([
      { name: 'ops', roleArn: 'arn:aws:iam::111122223333:role/Ops', sourceProfile: 'ops' },
      { name: 'default' },
    ]);
    expect(JSON.stringify(scenario)).not.toContain('AKIA');
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('access keys') as unknown,
      }),
    ]);
  });
});
