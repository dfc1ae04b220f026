import { describe, expect, it } from 'vitest';
import { ec2CrossAccountScenario } from '../../../model/examples/ec2CrossAccount';
import { cliProfileId, type CliProfileSpec, type Scenario } from '../../../model/scenario';
import { analyzeScenario } from '../analysis/analyzeScenario';
import { isUndecided } from '../analysis/assumptions';
import { createAnalyzer } from '../incremental/incremental';
import type { GraphEdge } from '../types';

const ROLE_FOR_B = 'arn:aws:iam::111122223333:role/RoleForB';
const ROLE_IN_A = 'arn:aws:iam::444455556666:role/AssumeRoleInA';

function withProfiles(profiles: CliProfileSpec[], change: (s: Scenario) => Scenario = (s) => s): Scenario {
  return change({ ...structuredClone(ec2CrossAccountScenario), cliProfiles: profiles });
}

function profileEdge(s: Scenario, name: string, kind = 'CliProfile'): GraphEdge {
  const edge = analyzeScenario(s, { now: () => 0 }).edges.find(
    (e) => e.kind === kind && (kind === 'CliProfile' ? e.from : e.to) === cliProfileId(name),
  );
  if (!edge) throw new Error(`no ${kind} edge for ${name}`);
  return edge;
}

/** RoleForB's trust with one condition added to its statement. */
const trustWith = (condition: unknown) => (s: Scenario) => ({
  ...s,
  roles: (s.roles ?? []).map((r) =>
    r.arn === ROLE_FOR_B
      ? {
          ...r,
          trustPolicy: {
            Version: '2012-10-17',
            Statement: {
              Effect: 'Allow',
              Principal: { AWS: 'arn:aws:iam::444455556666:root' },
              Action: 'sts:AssumeRole',
              Condition: condition,
            },
          },
        }
      : r,
  ),
});

describe('CLI profiles in the graph', () => {
  const onInstance: CliProfileSpec = {
    name: 'reader',
    roleArn: ROLE_FOR_B,
    credentialSource: 'Ec2InstanceMetadata',
  };

  it('decides a credential_source profile as the instance role it runs on, and says so', () => {
    const analysis = analyzeScenario(withProfiles([onInstance]), { now: () => 0 });
    expect(analysis.nodes.find((n) => n.id === 'profile:reader')).toMatchObject({ kind: 'cliProfile' });
    const edge = profileEdge(withProfiles([onInstance]), 'reader');
    expect(edge).toMatchObject({ to: ROLE_FOR_B, configured: true, permitted: true, chained: true });
    expect(edge.assumptions.map((a) => [a.code, a.params.role])).toEqual([
      ['profile-host-assumed', ROLE_IN_A],
    ]);
  });

  it('sends the external_id the trust asks for, and nothing else can add it', () => {
    const needsId = trustWith({ StringEquals: { 'sts:ExternalId': 'reports-42' } });
    const without = profileEdge(withProfiles([onInstance], needsId), 'reader');
    expect(without.permitted).toBe(false);
    expect(without.explanation).toMatch(/^Broken:/);
    const withId = profileEdge(
      withProfiles([{ ...onInstance, externalId: 'reports-42' }], needsId),
      'reader',
    );
    expect(withId).toMatchObject({ permitted: true, conditional: false });
  });

  it('checks a session-name condition against role_session_name', () => {
    const named = trustWith({ StringEquals: { 'sts:RoleSessionName': 'nightly' } });
    expect(profileEdge(withProfiles([onInstance], named), 'reader').permitted).toBe(false);
    const edge = profileEdge(withProfiles([{ ...onInstance, roleSessionName: 'nightly' }], named), 'reader');
    expect(edge.permitted).toBe(true);
  });

  it('signs with the source profile’s role, drawing the source_profile edge', () => {
    const source: CliProfileSpec = {
      name: 'base',
      roleArn: ROLE_IN_A,
      credentialSource: 'Ec2InstanceMetadata',
    };
    const chained: CliProfileSpec = { name: 'reports', sourceProfile: 'base', roleArn: ROLE_FOR_B };
    const s = withProfiles([source, chained]);
    expect(profileEdge(s, 'reports', 'SourceProfile')).toMatchObject({
      from: 'profile:base',
      permitted: true,
    });
    const edge = profileEdge(s, 'reports');
    expect(edge).toMatchObject({ permitted: true, assumptions: [] });
  });

  it('leaves undecided, not broken, a profile signed by keys the scenario cannot see', () => {
    const s = withProfiles([
      { name: 'keys' },
      { name: 'admin', sourceProfile: 'keys', roleArn: ROLE_FOR_B },
      { name: 'own-keys', sourceProfile: 'own-keys', roleArn: ROLE_FOR_B },
    ]);
    expect(isUndecided(profileEdge(s, 'own-keys'))).toBe(true);
    const edge = profileEdge(s, 'admin');
    expect(edge.permitted).toBe(false);
    expect(isUndecided(edge)).toBe(true);
    expect(analyzeScenario(s).findings.some((f) => f.subjects.includes(edge.id))).toBe(false);
  });

  it('is broken when role_arn has no credentials to start from, or asks more than an hour of a chain', () => {
    const bare = profileEdge(withProfiles([{ name: 'bare', roleArn: ROLE_FOR_B }]), 'bare');
    expect(bare.explanation).toMatch(/without source_profile, credential_source or web_identity_token_file/);
    const long = profileEdge(withProfiles([{ ...onInstance, durationSeconds: 7200 }]), 'reader');
    expect(long).toMatchObject({ permitted: false });
    expect(long.explanation).toMatch(/at most 3600 seconds/);
  });

  it('redecides profile edges when an edit changes the trust they rest on', () => {
    const analyzer = createAnalyzer();
    const s = withProfiles([onInstance]);
    analyzer.analyze(s, { now: () => 0 });
    const trustId = `${ROLE_FOR_B}#trust`;
    const typed = JSON.stringify({
      Version: '2012-10-17',
      Statement: {
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::999999999999:root' },
        Action: 'sts:AssumeRole',
      },
    });
    const incremental = analyzer.analyze(s, { now: () => 0, texts: { [trustId]: typed } });
    const fresh = analyzeScenario(s, { now: () => 0, texts: { [trustId]: typed } });
    expect({ ...incremental, stats: null }).toEqual({ ...fresh, stats: null });
    expect(incremental.edges.find((e) => e.kind === 'CliProfile')?.permitted).toBe(false);
  });
});
