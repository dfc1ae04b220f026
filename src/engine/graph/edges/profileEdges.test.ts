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

  it('limits the call a source profile signs by its session policies', () => {
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
    const only = (actions: string[]) => ({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
    });
    const chained: CliProfileSpec = { name: 'reports', sourceProfile: 'base', roleArn: ROLE_FOR_B };
    const base = (sessionPolicy: object): CliProfileSpec => ({
      name: 'base',
      roleArn: ROLE_IN_A,
      credentialSource: 'Ec2InstanceMetadata',
      sessionPolicy,
    });
    const limited = profileEdge(withProfiles([base(only(['s3:*'])), chained]), 'reports');
    expect(limited.permitted).toBe(false);
    expect(limited.explanation).toContain('session policy');
    expect(limited.decisions[0]?.request?.sessionProfile).toBe('base');
    const s = withProfiles([base(only(['s3:*', 'sts:AssumeRole'])), chained]);
    expect(profileEdge(s, 'reports').permitted).toBe(true);
  });

  it('asks the trust for sts:TagSession too when the profile passes session tags', () => {
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_permissions-required
    const tagged: CliProfileSpec = { ...onInstance, sessionTags: { team: 'reports' } };
    const edge = profileEdge(withProfiles([tagged]), 'reader');
    expect(edge.permitted).toBe(false);
    expect(edge.decisions.map((d) => [d.action, d.decision])).toEqual([
      ['sts:AssumeRole', 'Allowed'],
      ['sts:TagSession', 'ImplicitlyDenied'],
    ]);
    // Across accounts the caller's own policies must allow it too.
    const callerTags = {
      name: 'TagSession',
      document: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'sts:TagSession', Resource: ROLE_FOR_B }],
      },
    };
    const s = withProfiles([tagged], (x) => ({
      ...x,
      roles: (x.roles ?? []).map((r) =>
        r.arn === ROLE_IN_A
          ? { ...r, inlinePolicies: [...(r.inlinePolicies ?? []), callerTags] }
          : r.arn === ROLE_FOR_B
            ? {
                ...r,
                trustPolicy: {
                  Version: '2012-10-17',
                  Statement: {
                    Effect: 'Allow',
                    Principal: { AWS: 'arn:aws:iam::444455556666:root' },
                    Action: ['sts:AssumeRole', 'sts:TagSession'],
                  },
                },
              }
            : r,
      ),
    }));
    const allowed = profileEdge(s, 'reader');
    expect(allowed.permitted).toBe(true);
    expect(allowed.decisions[1]?.request?.context['aws:RequestTag/team']).toBe('reports');
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

  it('redecides the hop a source profile signs when its session policy is typed in the editor', () => {
    const base: CliProfileSpec = {
      name: 'base',
      roleArn: ROLE_IN_A,
      credentialSource: 'Ec2InstanceMetadata',
      sessionPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
    };
    const s = withProfiles([base, { name: 'reports', sourceProfile: 'base', roleArn: ROLE_FOR_B }]);
    const analyzer = createAnalyzer();
    const reports = (a: { edges: GraphEdge[] }) =>
      a.edges.find((e) => e.kind === 'CliProfile' && e.from === 'profile:reports');
    expect(reports(analyzer.analyze(s, { now: () => 0 }))?.permitted).toBe(true);
    const typed = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
    });
    const texts = { 'profile:base#session': typed };
    const incremental = analyzer.analyze(s, { now: () => 0, texts });
    expect({ ...incremental, stats: null }).toEqual({
      ...analyzeScenario(s, { now: () => 0, texts }),
      stats: null,
    });
    expect(reports(incremental)?.permitted).toBe(false);
  });
});
