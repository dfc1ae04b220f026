import { describe, expect, it } from 'vitest';
import {
  aRole,
  arns,
  aScenario,
  aUser,
  anEksCluster,
  anInstance,
  anOrganization,
  anOrgUnit,
  aPod,
  FULL_AWS_ACCESS_SCP,
} from './builders';
import { ec2CrossAccountScenario } from './examples/ec2CrossAccount';
import {
  MAX_PROBLEMS,
  validateScenarioText,
  validateScenarioValue,
  type ScenarioProblem,
} from './validateScenario';
import { fullScenario } from './validation/fullScenario.testkit';

const text = (value: unknown) => JSON.stringify(value, null, 2);
const errors = (problems: ScenarioProblem[]) => problems.filter((p) => p.severity === 'error');
const find = (problems: ScenarioProblem[], path: string) => problems.find((p) => p.path === path);
/** 1-based line and column of the n-th occurrence of `needle`, as the validator reports them. */
function locate(source: string, needle: string, nth = 0): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = source.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} not found`);
  const before = source.slice(0, at).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
describe('valid scenarios', () => {
  it('accepts the EC2 cross-account example as value and as text, returning an equal copy', () => {
    for (const result of [
      validateScenarioValue(ec2CrossAccountScenario),
      validateScenarioText(text(ec2CrossAccountScenario)),
    ]) {
      expect(result.problems).toEqual([]);
      expect(result.scenario).toEqual(ec2CrossAccountScenario);
      expect(result.scenario).not.toBe(ec2CrossAccountScenario);
    }
  });

  it('accepts a scenario using every property, policies as strings, and a $schema link', () => {
    const value = { $schema: '../schema/scenario.schema.json', ...fullScenario() };
    const roles = value.roles ?? [];
    roles[0] = { ...roles[0]!, trustPolicy: JSON.stringify(roles[0]!.trustPolicy) };
    const result = validateScenarioText(text(value));
    expect(result.problems).toEqual([]);
    expect(result.scenario?.roles?.[0]?.trustPolicy).toBeTypeOf('string');
    expect(result.scenario).not.toHaveProperty('$schema');
  });
});

describe('errors, with path and position', () => {
  it('reports a malformed role ARN with the reason, at the string', () => {
    const source = text(
      aScenario({
        roles: [
          aRole(),
          aRole(arns.role('111122223333', 'b')),
          { ...aRole(), arn: 'arn:aws:iam::1234:role/x' },
        ],
      }),
    );
    const { scenario, problems } = validateScenarioText(source);
    expect(scenario).toBeUndefined();
    const p = find(problems, 'roles[2].arn');
    expect(p?.message).toBe(
      'roles[2].arn: "arn:aws:iam::1234:role/x" is not a role ARN: the account must be 12 digits',
    );
    expect(p?.range?.start).toMatchObject(locate(source, '"arn:aws:iam::1234:role/x"'));
  });

  it.each([
    ['arn:aws:s3::111122223333:role/x', 'the service must be iam'],
    ['arn:aws:iam:us-east-1:111122223333:role/x', 'IAM ARNs have no region'],
    ['arn:aws:iam::111122223333:user/x', 'the resource must start with "role/"'],
    ['arn:azure:iam::111122223333:role/x', 'the partition must be'],
    ['role/x', 'an ARN has six parts'],
  ])('explains why %s is not a role ARN', (arn, reason) => {
    const { problems } = validateScenarioValue(aScenario({ roles: [{ ...aRole(), arn }] }));
    expect(find(problems, 'roles[0].arn')?.message).toContain(reason);
  });

  it('reports a missing required property at its path, pointing at the opening brace', () => {
    const source = text({
      version: 1,
      name: 'x',
      accounts: [],
      roles: [{ arn: arns.role('111122223333', 'r') }],
    });
    const p = find(validateScenarioText(source).problems, 'roles[0].trustPolicy');
    expect(p?.severity).toBe('error');
    expect(p?.message).toBe('roles[0].trustPolicy: missing; a role must have "trustPolicy"');
    expect(p?.range?.start).toMatchObject(locate(source, '{', 1));
  });

  it('reports unknown properties at the key, suggesting the likely one', () => {
    const source = text({ ...clone(ec2CrossAccountScenario), acounts: [] });
    const p = find(validateScenarioText(source).problems, 'acounts');
    expect(p?.message).toBe('acounts: unknown property of a scenario; did you mean "accounts"?');
    expect(p?.range?.start).toMatchObject(locate(source, '"acounts"'));
  });

  it('reports wrong types, ranges and enumerations', () => {
    const s = clone(ec2CrossAccountScenario) as unknown as Record<string, unknown[]>;
    (s.roles![0] as Record<string, unknown>).maxSessionDuration = '3600';
    (s.roles![1] as Record<string, unknown>).trustPolicy = [1];
    s.resources = [{ arn: 'arn:aws:s3:::b', type: 'bucket', accountId: '111122223333' }];
    s.accounts = [{ id: 111122223333, name: 'A' }];
    const { problems } = validateScenarioValue(s);
    expect(find(problems, 'roles[0].maxSessionDuration')?.message).toBe(
      'roles[0].maxSessionDuration: expected a whole number from 3600 to 43200, found "3600"',
    );
    expect(find(problems, 'roles[1].trustPolicy')?.message).toContain('expected a policy document');
    expect(find(problems, 'resources[0].type')?.message).toContain('must be one of "s3"');
    expect(find(problems, 'accounts[0].id')?.message).toBe(
      'accounts[0].id: expected a 12-digit account id, found 111122223333',
    );
  });

  it('requires a version and refuses documents from newer versions', () => {
    const noVersion = clone(ec2CrossAccountScenario) as unknown as Record<string, unknown>;
    delete noVersion.version;
    expect(validateScenarioValue(noVersion).problems).toEqual([
      { path: 'version', severity: 'error', message: 'version: missing; a scenario must say "version": 1' },
    ]);
    const newer = validateScenarioText(text({ version: 2, ...noVersion, somethingNew: true }));
    expect(newer.problems).toHaveLength(1);
    expect(newer.problems[0]?.message).toContain('made by a newer version of Trustscope');
    expect(newer.problems[0]?.range?.start).toMatchObject({ line: 2, column: 14 });
    expect(find(validateScenarioValue({ ...noVersion, version: '1' }).problems, 'version')?.message).toBe(
      'version: expected 1, found "1"',
    );
  });

  it('maps JSON syntax errors to the path around them', () => {
    const source =
      '{\n  "version": 1,\n  "name": "x",\n  "accounts": [\n    { "id": "111122223333", "name": "A", }\n  ]\n}';
    const { scenario, problems } = validateScenarioText(source);
    expect(scenario).toBeUndefined();
    expect(problems[0]).toMatchObject({
      path: 'accounts[0]',
      severity: 'error',
      range: { start: { line: 5, column: 40 } },
    });
    expect(validateScenarioText('{"version": 1,').problems[0]?.severity).toBe('error');
    expect(validateScenarioText('').problems).toHaveLength(1);
    expect(validateScenarioText('[]').problems[0]?.message).toContain('expected a scenario');
  });

  it('warns about duplicate keys; the last one wins', () => {
    const source = '{"version": 1, "name": "a", "name": "b", "accounts": []}';
    const { scenario, problems } = validateScenarioText(source);
    expect(problems).toMatchObject([
      { path: 'name', severity: 'warning', range: { start: { line: 1, column: 29 } } },
    ]);
    expect(scenario?.name).toBe('b');
  });
});

describe('cross-references', () => {
  const A = '111122223333';
  it('reports duplicate ARNs and ids as errors', () => {
    const { problems } = validateScenarioValue(
      aScenario({
        roles: [aRole(), aRole()],
        accounts: [
          { id: A, name: 'a' },
          { id: A, name: 'b' },
        ],
      }),
    );
    expect(find(problems, 'roles[1].arn')?.message).toBe(
      `roles[1].arn: duplicate role ARN "${arns.role(A, 'AppRole')}", already declared at roles[0]`,
    );
    expect(find(problems, 'accounts[1].id')?.severity).toBe('error');
  });

  it('warns about a user whose groups, managed policies and boundary point nowhere, but not about AWS managed ones', () => {
    const user = aUser(arns.user(A, 'bob'), {
      groups: [arns.group(A, 'Nobody')],
      managed: [arns.policy(A, 'Missing'), arns.awsManagedPolicy('ReadOnlyAccess')],
      boundary: arns.policy(A, 'MissingBoundary'),
    });
    const source = text(aScenario({ users: [user] }));
    const { scenario, problems } = validateScenarioText(source);
    expect(scenario).toBeDefined();
    expect(problems.map((p) => [p.path, p.severity])).toEqual([
      ['users[0].managedPolicies[0]', 'warning'],
      ['users[0].permissionsBoundary', 'warning'],
      ['users[0].groups[0]', 'warning'],
    ]);
    expect(find(problems, 'users[0].groups[0]')?.range?.start).toMatchObject(
      locate(source, `"${arns.group(A, 'Nobody')}"`),
    );
  });

  it("rejects an instance whose account is not its profile's account", () => {
    const instance = anInstance({
      account: '444455556666',
      instanceProfileArn: arns.instanceProfile(A, 'p'),
      roleArn: arns.role(A, 'AppRole'),
    });
    const { scenario, problems } = validateScenarioValue(
      aScenario({ roles: [aRole()], instances: [instance] }),
    );
    expect(scenario).toBeUndefined();
    expect(find(problems, 'instances[0].instanceProfileArn')?.message).toContain(
      'is in account 111122223333, but the instance is in 444455556666',
    );
  });

  it('warns that an undeclared service account of a pod will be created implicitly', () => {
    const cluster = anEksCluster(undefined, { pods: [aPod('web', 'web-1', 'frontend')] });
    const { scenario, problems } = validateScenarioValue(aScenario({ eksClusters: [cluster] }));
    expect(scenario).toBeDefined();
    expect(problems).toMatchObject([{ path: 'eksClusters[0].pods[0].serviceAccount', severity: 'warning' }]);
    expect(problems[0]?.message).toContain('created implicitly');
  });

  it('checks organization units against accounts and policies', () => {
    const org = anOrganization({
      root: anOrgUnit('r-ab12', 'Root', {
        scps: ['p-FullAWSAccess', 'p-missing1'],
        accounts: [A, '999999999999'],
        children: [anOrgUnit('ou-ab12-11111111', 'Dup', { accounts: [A], rcps: ['p-FullAWSAccess'] })],
      }),
      policies: [FULL_AWS_ACCESS_SCP],
    });
    const { problems } = validateScenarioValue(
      aScenario({ accounts: [{ id: A, name: 'A' }], organization: org }),
    );
    expect(find(problems, 'organization.root.scps[1]')?.severity).toBe('error');
    expect(find(problems, 'organization.root.accounts[1]')?.severity).toBe('warning');
    expect(find(problems, 'organization.root.children[0].accounts[0]')?.message).toContain(
      'already placed at organization.root.accounts[0]',
    );
    expect(find(problems, 'organization.root.children[0].rcps[0]')?.message).toContain(
      'is a SERVICE_CONTROL_POLICY',
    );
  });

  it('checks CLI profile chains', () => {
    const s = aScenario({
      cliProfiles: [
        { name: 'a', sourceProfile: 'b', credentialSource: 'Environment' },
        { name: 'b', sourceProfile: 'a' },
      ],
    });
    const { problems } = validateScenarioValue(s);
    expect(find(problems, 'cliProfiles[0].credentialSource')?.severity).toBe('error');
    expect(find(problems, 'cliProfiles[1].sourceProfile')?.message).toContain('loops back');
  });

  it("locates problems of a profile's session policies: the document, unknown ARNs, more than 10", () => {
    const role = arns.role(A, 'Deploy');
    const tooMany = Array.from({ length: 11 }, (_, i) => `arn:aws:iam::${A}:policy/Session${i}`);
    const value = aScenario({
      roles: [aRole(role, {})],
      cliProfiles: [
        { name: 'ci', roleArn: role, credentialSource: 'Environment', sessionPolicyArns: tooMany },
        { name: 'bare', sessionPolicy: { Version: '2012-10-17', Statement: [] }, sessionTags: { k: 'v' } },
      ],
    });
    const { problems } = validateScenarioValue(value);
    expect(find(problems, 'cliProfiles[0].sessionPolicyArns')?.severity).toBe('error');
    expect(find(problems, 'cliProfiles[0].sessionPolicyArns[3]')?.message).toContain('allowing nothing');
    expect(find(problems, 'cliProfiles[1].sessionPolicy')?.message).toContain('assumes no role');
    expect(find(problems, 'cliProfiles[1].sessionTags')?.severity).toBe('warning');
    const source = text(
      aScenario({
        cliProfiles: [{ name: 'odd', roleArn: role, credentialSource: 'Environment', sessionPolicy: 42 }],
      }),
    );
    const odd = find(validateScenarioText(source).problems, 'cliProfiles[0].sessionPolicy');
    expect(odd?.severity).toBe('error');
    expect(odd?.range?.start).toMatchObject(locate(source, '42'));
  });
});

describe('hostile and huge input', () => {
  it('treats __proto__ and constructor as unknown properties and never pollutes prototypes', () => {
    const source =
      '{"version": 1, "name": "x", "accounts": [], "__proto__": {"polluted": true}, "constructor": 1}';
    const { problems } = validateScenarioText(source);
    expect(problems.map((p) => p.path)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const value = JSON.parse(
      '{"version": 1, "name": "x", "accounts": [], "roles": [{"arn": "arn:aws:iam::111122223333:role/r", "trustPolicy": {"__proto__": {"polluted": true}}, "tags": {"__proto__": "x"}}]}',
    ) as unknown;
    for (const result of [validateScenarioValue(value), validateScenarioText(JSON.stringify(value))]) {
      const role = result.scenario?.roles?.[0];
      expect(Object.getPrototypeOf(role?.trustPolicy)).toBe(Object.prototype);
      expect(Object.keys(role?.trustPolicy as object)).toEqual(['__proto__']);
      expect(Object.getPrototypeOf(role?.tags)).toBe(Object.prototype);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives deep, circular, non-JSON and huge input', () => {
    expect(errors(validateScenarioText('['.repeat(100_000)).problems).length).toBeGreaterThan(0);
    const cyclic: Record<string, unknown> = { version: 1, name: 'x', accounts: [] };
    cyclic.roles = [{ arn: arns.role('111122223333', 'r'), trustPolicy: cyclic }];
    expect(errors(validateScenarioValue(cyclic).problems).length).toBeGreaterThan(0);
    const odd = validateScenarioValue({
      version: 1,
      name: 'x',
      accounts: [],
      roles: [{ arn: arns.role('111122223333', 'r'), trustPolicy: { a: new Date(), b: undefined, c: NaN } }],
    });
    expect(odd.problems.map((p) => p.path)).toEqual(['roles[0].trustPolicy.a']);
    for (const hostile of [
      undefined,
      null,
      42,
      'x',
      () => 1,
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('trap');
          },
        },
      ),
    ]) {
      expect(errors(validateScenarioValue(hostile).problems).length).toBeGreaterThan(0);
    }
    const many = aScenario({
      roles: Array.from({ length: 20_000 }, (_, i) => aRole(arns.role('111122223333', `r${i}`))),
    });
    expect(validateScenarioText(text(many)).problems).toEqual([]);
    const broken = { ...many, roles: many.roles?.map((r) => ({ ...r, arn: 'bad' })) };
    const capped = validateScenarioValue(broken).problems;
    expect(capped).toHaveLength(MAX_PROBLEMS + 1);
    expect(capped.at(-1)?.message).toContain(`${20_000 - MAX_PROBLEMS} more problems`);
  });
});
