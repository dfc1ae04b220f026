import { describe, it, expect } from 'vitest';
import { RequestContext, derivePrincipalContext, parsePrincipalArn } from './requestContext';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html (key names case-insensitive)
describe('RequestContext', () => {
  it('looks keys up case-insensitively, including tag keys', () => {
    const ctx = new RequestContext({ 'aws:SourceIp': '10.0.0.1', 'aws:ResourceTag/Team': 'red' });
    expect(ctx.get('AWS:SOURCEIP')).toEqual(['10.0.0.1']);
    expect(ctx.get('aws:resourcetag/team')).toEqual(['red']);
    expect(ctx.get('aws:username')).toBeUndefined();
    expect(ctx.has('aws:sourceip')).toBe(true);
  });

  it('normalises values to strings', () => {
    const ctx = new RequestContext({
      'aws:SecureTransport': true,
      'aws:MultiFactorAuthAge': 300,
      'x:list': [1, false, 'a'],
    });
    expect(ctx.get('aws:securetransport')).toEqual(['true']);
    expect(ctx.get('aws:multifactorauthage')).toEqual(['300']);
    expect(ctx.get('x:list')).toEqual(['1', 'false', 'a']);
  });

  it('a key given as an array is multivalued, even with one element', () => {
    const ctx = new RequestContext({ 'aws:TagKeys': ['a'], 'aws:username': 'bob' });
    expect(ctx.isMultiValued('aws:tagkeys')).toBe(true);
    expect(ctx.isMultiValued('aws:username')).toBe(false);
    // Multivalued keys cannot be policy variables (reference_policies_variables.html).
    expect(ctx.variable('aws:TagKeys')).toBeUndefined();
    expect(ctx.variable('AWS:UserName')).toBe('bob');
  });

  it('with() layers values case-insensitively', () => {
    const ctx = new RequestContext({ 'aws:username': 'bob', a: '1' }).with({ 'AWS:USERNAME': 'alice' });
    expect(ctx.get('aws:username')).toEqual(['alice']);
    expect(ctx.get('a')).toEqual(['1']);
    expect(ctx.keys()).toHaveLength(2);
  });

  it('of two spellings of one key, the later wins, in a caller context and in a layer', () => {
    const base = new RequestContext({ 'aws:SourceIp': '10.0.0.1', a: '1', 'AWS:SOURCEIP': '10.0.0.2' });
    expect(base.get('aws:sourceip')).toEqual(['10.0.0.2']);
    expect(base.keys()).toEqual(['a', 'AWS:SOURCEIP']);
    const layer = base.with({ b: 'x', B: 'y' });
    expect(layer.get('b')).toEqual(['y']);
    expect(layer.keys()).toEqual(['a', 'AWS:SOURCEIP', 'B']);
  });

  it('a list given again after it changed is read as it is now', () => {
    const tags = ['team'];
    expect(new RequestContext({ 'aws:TagKeys': tags }).get('aws:tagkeys')).toEqual(['team']);
    tags.push('cost-center');
    expect(new RequestContext({ 'aws:TagKeys': tags }).get('aws:tagkeys')).toEqual(['team', 'cost-center']);
  });

  it('callers with keys in common each keep their own values, whatever the layers over them', () => {
    const facts = { orgId: 'o-1', orgPaths: ['o-1/r-1/ou-1/'] };
    const [alice, bob] = ['alice', 'bob'].map(
      (name) => new RequestContext(derivePrincipalContext(`arn:aws:iam::111122223333:user/${name}`, facts)),
    ) as [RequestContext, RequestContext];
    bob.with({ 'aws:PrincipalAccount': '444455556666', 'aws:username': 'mallory' });
    expect(alice.toRecord()).toEqual({
      'aws:PrincipalArn': 'arn:aws:iam::111122223333:user/alice',
      'aws:PrincipalType': 'User',
      'aws:username': 'alice',
      'aws:PrincipalAccount': '111122223333',
      'aws:PrincipalIsAWSService': 'false',
      'aws:PrincipalOrgID': 'o-1',
      'aws:PrincipalOrgPaths': ['o-1/r-1/ou-1/'],
    });
    expect(bob.get('aws:username')).toEqual(['bob']);
    expect(bob.get('aws:PrincipalAccount')).toEqual(['111122223333']);
    expect(bob.isMultiValued('aws:PrincipalOrgPaths')).toBe(true);
  });
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html
describe('parsePrincipalArn', () => {
  it('users with paths', () => {
    expect(parsePrincipalArn('arn:aws:iam::111122223333:user/path/alice')).toEqual({
      kind: 'user',
      arn: 'arn:aws:iam::111122223333:user/path/alice',
      partition: 'aws',
      account: '111122223333',
      name: 'alice',
      path: '/path/',
    });
  });
  it('roles, sessions, federated users, root, providers, services, anonymous', () => {
    expect(parsePrincipalArn('arn:aws:iam::1:role/a/b/R')).toMatchObject({
      kind: 'role',
      name: 'R',
      path: '/a/b/',
    });
    expect(parsePrincipalArn('arn:aws:sts::1:assumed-role/R/s')).toMatchObject({
      kind: 'assumedRole',
      name: 'R',
      sessionName: 's',
      roleArn: 'arn:aws:iam::1:role/R',
    });
    expect(parsePrincipalArn('arn:aws:sts::1:federated-user/Bob')).toMatchObject({
      kind: 'federatedUser',
      name: 'Bob',
    });
    expect(parsePrincipalArn('arn:aws:iam::111122223333:root')).toMatchObject({
      kind: 'root',
      account: '111122223333',
    });
    expect(parsePrincipalArn('111122223333')).toMatchObject({
      kind: 'root',
      arn: 'arn:aws:iam::111122223333:root',
    });
    expect(
      parsePrincipalArn('arn:aws:iam::1:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/X'),
    ).toMatchObject({
      kind: 'oidcProvider',
      name: 'oidc.eks.us-east-1.amazonaws.com/id/X',
    });
    expect(parsePrincipalArn('arn:aws:iam::1:saml-provider/Okta')).toMatchObject({
      kind: 'samlProvider',
      name: 'Okta',
    });
    expect(parsePrincipalArn('ec2.amazonaws.com')).toEqual({
      kind: 'service',
      arn: 'ec2.amazonaws.com',
      name: 'ec2.amazonaws.com',
    });
    expect(parsePrincipalArn('cognito-identity.amazonaws.com')?.kind).toBe('oidcProvider');
    expect(parsePrincipalArn('*')?.kind).toBe('anonymous');
    expect(parsePrincipalArn('arn:aws:iam::1:group/G')).toBeUndefined();
    expect(parsePrincipalArn('arn:aws:sts::1:assumed-role/R')).toBeUndefined();
  });
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
describe('derivePrincipalContext', () => {
  it('IAM user', () => {
    expect(
      derivePrincipalContext('arn:aws:iam::111122223333:user/path/alice', { userId: 'AIDAEXAMPLE' }),
    ).toEqual({
      'aws:PrincipalArn': 'arn:aws:iam::111122223333:user/path/alice',
      'aws:PrincipalAccount': '111122223333',
      'aws:PrincipalType': 'User',
      'aws:PrincipalIsAWSService': 'false',
      'aws:username': 'alice',
      'aws:userid': 'AIDAEXAMPLE',
    });
  });

  it('assumed-role session: PrincipalArn is the role ARN with its path, no aws:username', () => {
    const c = derivePrincipalContext('arn:aws:sts::111122223333:assumed-role/RoleName/session', {
      rolePath: '/team/',
      userId: 'AROAEXAMPLE',
      principalTags: { Team: 'red' },
      orgId: 'o-1',
      orgPaths: ['o-1/r-1/'],
    });
    expect(c['aws:PrincipalArn']).toBe('arn:aws:iam::111122223333:role/team/RoleName');
    expect(c['aws:PrincipalType']).toBe('AssumedRole');
    expect(c['aws:username']).toBeUndefined();
    expect(c['aws:userid']).toBe('AROAEXAMPLE:session');
    expect(c['aws:PrincipalTag/Team']).toBe('red');
    expect(c['aws:PrincipalOrgID']).toBe('o-1');
    expect(c['aws:PrincipalOrgPaths']).toEqual(['o-1/r-1/']);
  });

  it('assumed-role session without options: default path "/", no aws:userid', () => {
    const c = derivePrincipalContext('arn:aws:sts::111122223333:assumed-role/RoleName/session');
    expect(c['aws:PrincipalArn']).toBe('arn:aws:iam::111122223333:role/RoleName');
    expect('aws:userid' in c).toBe(false);
  });

  it('a role ARN given directly stands for a session of that role', () => {
    const c = derivePrincipalContext('arn:aws:iam::1:role/p/R');
    expect(c['aws:PrincipalArn']).toBe('arn:aws:iam::1:role/p/R');
    expect(c['aws:PrincipalType']).toBe('AssumedRole');
    expect('aws:username' in c).toBe(false);
  });

  it('federated user and root', () => {
    const f = derivePrincipalContext('arn:aws:sts::1:federated-user/Bob');
    expect(f['aws:PrincipalType']).toBe('FederatedUser');
    expect(f['aws:userid']).toBe('1:Bob');
    expect('aws:username' in f).toBe(false);
    const r = derivePrincipalContext('arn:aws:iam::111122223333:root');
    expect(r['aws:PrincipalType']).toBe('Account');
    expect(r['aws:PrincipalArn']).toBe('arn:aws:iam::111122223333:root');
    expect(r['aws:userid']).toBe('111122223333');
    expect('aws:username' in r).toBe(false);
  });

  it('service principal', () => {
    expect(derivePrincipalContext('ec2.amazonaws.com')).toEqual({
      'aws:PrincipalIsAWSService': 'true',
      'aws:PrincipalServiceName': 'ec2.amazonaws.com',
    });
  });

  it('anonymous: PrincipalAccount "anonymous", no PrincipalArn', () => {
    const a = derivePrincipalContext('*');
    expect(a['aws:PrincipalAccount']).toBe('anonymous');
    expect(a['aws:PrincipalType']).toBe('Anonymous');
    expect('aws:PrincipalArn' in a).toBe(false);
  });
});
