import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenarioValue } from '../../model/validateScenario';
import { importFiles } from '../importFiles';
import type { ImportFile } from '../types';

const A = '111122223333';
const text = (name: string) =>
  readFileSync(new URL(`../fixtures/terraform/${name}`, import.meta.url), 'utf8');
const plan = (extra: Partial<ImportFile> = {}): ImportFile => ({
  name: 'plan.json',
  text: text('plan-deploy.json'),
  ...extra,
});
const role = (name: string) => `arn:aws:iam::${A}:role/${name}`;

describe('terraform show -json of a plan', () => {
  const { scenario, problems, detected, assumptions } = importFiles([plan()]);

  it('is recognised and read as a valid scenario with no problem', () => {
    expect(detected).toEqual([{ file: 'plan.json', format: 'terraform' }]);
    expect(problems).toEqual([]);
    expect(validateScenarioValue(scenario).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reads roles, with ARNs not created yet built from the provider account and their names, for_each keys included', () => {
    expect(scenario.roles?.map((r) => r.arn)).toEqual([
      role('ci-runner'),
      role('DeployRole'),
      role('release-bot'),
      role('eks-node-a'),
      role('eks-node-b'),
      role('eks-platform-cluster'),
      role('payments-api'),
      role('reports-irsa'),
    ]);
    const release = scenario.roles?.find((r) => r.arn === role('release-bot'));
    expect(release?.permissionsBoundary).toBe(`arn:aws:iam::${A}:policy/release-boundary`);
    expect(release?.inlinePolicies?.map((p) => p.name)).toEqual(['publish']);
    // A heredoc document is a JSON string in the plan like any other.
    expect(scenario.roles?.find((r) => r.arn === role('eks-node-a'))?.trustPolicy).toMatchObject({
      Statement: [{ Principal: { Service: 'ec2.amazonaws.com' } }],
    });
  });

  it('renders an aws_iam_policy_document known only after apply from its statements, the unknown ARN resolved by reference', () => {
    const deploy = scenario.roles?.find((r) => r.arn === role('DeployRole'));
    expect(deploy?.trustPolicy).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'CiRunner', Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: role('ci-runner') } },
        {
          Sid: 'ReleaseBot',
          Effect: 'Allow',
          Action: ['sts:AssumeRole', 'sts:TagSession'],
          Principal: { AWS: role('release-bot') },
        },
      ],
    });
    expect(deploy?.inlinePolicies?.map((p) => p.name)).toEqual(['pass-release']);
    expect(deploy?.managedPolicies).toEqual(['arn:aws:iam::aws:policy/AdministratorAccess']);
  });

  it('attaches policies, memberships and instance profiles by name', () => {
    const alice = scenario.users?.find((u) => u.arn === `arn:aws:iam::${A}:user/people/alice`);
    expect(alice?.groups).toEqual([`arn:aws:iam::${A}:group/ops`]);
    expect(alice?.inlinePolicies?.map((p) => p.name)).toEqual(['own-keys']);
    const bob = scenario.users?.find((u) => u.arn === `arn:aws:iam::${A}:user/bob`);
    expect(bob).toMatchObject({
      groups: [`arn:aws:iam::${A}:group/ops`],
      managedPolicies: [`arn:aws:iam::${A}:policy/release-boundary`],
    });
    expect(scenario.groups).toEqual([
      expect.objectContaining({ managedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }),
    ]);
    expect(scenario.roles?.[0]?.instanceProfiles).toEqual([`arn:aws:iam::${A}:instance-profile/ci-runner`]);
  });

  it('reads workloads: instances and launch templates, Lambda, the EKS cluster with its node roles, Pod Identity and an annotated service account', () => {
    expect(scenario.instances?.map((i) => [i.name, i.roleArn])).toEqual([
      ['aws_instance.runner', role('ci-runner')],
      ['aws_launch_template.batch', role('ci-runner')],
    ]);
    expect(scenario.lambdaFunctions).toEqual([
      { arn: `arn:aws:lambda:eu-west-1:${A}:function:rotate-keys`, roleArn: role('release-bot') },
    ]);
    const [cluster] = scenario.eksClusters ?? [];
    expect(cluster?.nodeRoleArns).toEqual([role('eks-node-a'), role('eks-node-b')]);
    expect(cluster?.podIdentityAssociations?.[0]).toMatchObject({
      namespace: 'payments',
      roleArn: role('payments-api'),
    });
    expect(cluster?.serviceAccounts).toEqual([
      { namespace: 'analytics', name: 'reports', roleArn: role('reports-irsa') },
    ]);
    // The OIDC provider takes the cluster's issuer, made up the same way, so IRSA still joins them.
    expect(scenario.identityProviders?.[0]?.arn).toBe(
      `arn:aws:iam::${A}:oidc-provider/${cluster?.oidcIssuer?.slice(8)}`,
    );
  });

  it('reads resource policies and SCPs with their attachments', () => {
    expect(scenario.resources?.map((r) => [r.type, r.arn])).toEqual([
      ['s3', 'arn:aws:s3:::trustscope-artifacts'],
      ['kms', `arn:aws:kms:eu-west-1:${A}:key/aws_kms_key.artifacts`],
      ['sqs', `arn:aws:sqs:eu-west-1:${A}:jobs`],
      ['sns', `arn:aws:sns:eu-west-1:${A}:alerts`],
      ['secretsmanager', `arn:aws:secretsmanager:eu-west-1:${A}:secret:db-password-Ab12Cd`],
    ]);
    expect(scenario.resources?.[0]?.accountId).toBe(A);
    const org = scenario.organization;
    expect(org?.managementAccountId).toBe(A);
    expect(org?.accountPolicies?.['444455556666']?.scps).toEqual(['p-FullAWSAccess', 'p-db71d766']);
    expect(org?.root.accounts).toEqual(['444455556666']);
  });

  it('names every value known only after apply as an assumption, with the address', () => {
    expect(assumptions.map((a) => [a.code, a.params.address ?? a.params.target])).toEqual([
      ['tf-policy-from-configuration', 'data.aws_iam_policy_document.deploy_trust'],
      ['tf-policy-after-apply', 'module.eks.aws_iam_role.reports'],
      ['tf-known-after-apply', 'module.eks.aws_eks_cluster.this'],
      ['tf-launch-template', 'aws_launch_template.batch'],
      ['tf-known-after-apply', 'aws_kms_key.artifacts'],
      ['tf-known-after-apply', 'aws_organizations_policy.deny_leave'],
      ['tf-default-full-access', '444455556666'],
      ['tf-transitive-tag-keys', undefined],
    ]);
    // A trust policy written with jsonencode around an unknown ARN stands as trusting nothing, said so.
    expect(scenario.roles?.find((r) => r.arn === role('reports-irsa'))?.trustPolicy).toEqual({
      Version: '2012-10-17',
      Statement: [],
    });
  });

  it('reads a provider with assume_role as a CLI profile: session name, external id, session policies and tags', () => {
    // https://registry.terraform.io/providers/hashicorp/aws/latest/docs#assume-role-configuration-reference
    expect(scenario.cliProfiles).toEqual([
      {
        name: 'terraform:aws.deploy',
        roleArn: role('DeployRole'),
        credentialSource: 'Environment',
        roleSessionName: 'terraform-release',
        externalId: 'release-7f3a',
        durationSeconds: 3600,
        sessionPolicy: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'ReleaseArtifacts',
              Effect: 'Allow',
              Action: ['s3:GetObject', 's3:PutObject'],
              Resource: 'arn:aws:s3:::release-artifacts-111122223333/*',
            },
            { Sid: 'NoIam', Effect: 'Deny', Action: 'iam:*', Resource: '*' },
          ],
        },
        sessionPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
        sessionTags: { Pipeline: 'release', Team: 'platform' },
      },
    ]);
    expect(assumptions.find((a) => a.code === 'tf-transitive-tag-keys')).toMatchObject({
      params: { provider: 'aws.deploy', keys: 'Pipeline' },
      field: expect.stringContaining('transitive_tag_keys') as unknown,
    });
  });

  it('reads the prior state as the before side', () => {
    const before = importFiles([plan({ side: 'before' })]).scenario;
    expect(before.roles?.map((r) => r.arn)).toEqual([role('ci-runner'), role('DeployRole')]);
    expect(before.roles?.[1]?.trustPolicy).toMatchObject({
      Statement: [{ Condition: { StringEquals: { 'sts:ExternalId': 'deploy-7d1f' } } }],
    });
    expect(before.organization).toBeUndefined();
  });
});

describe('accounts and problems', () => {
  const withoutAccount = (): string => {
    const doc = JSON.parse(text('plan-deploy.json')) as {
      configuration: { provider_config: { aws: { expressions: Record<string, unknown> } } };
    };
    doc.configuration.provider_config.aws.expressions = {};
    return JSON.stringify(doc);
  };

  it('takes the account from --account when the provider does not say', () => {
    const { scenario, assumptions } = importFiles([
      { name: 'plan.json', text: withoutAccount(), account: '777788889999' },
    ]);
    expect(scenario.roles?.find((r) => r.arn.endsWith('/release-bot'))?.arn).toBe(
      'arn:aws:iam::777788889999:role/release-bot',
    );
    expect(assumptions.some((a) => a.code === 'tf-account-assumed')).toBe(false);
  });

  it('else from the ARNs the plan knows, as an assumption', () => {
    const { scenario, assumptions } = importFiles([{ name: 'plan.json', text: withoutAccount() }]);
    expect(scenario.roles?.find((r) => r.arn.endsWith('/release-bot'))?.arn).toBe(role('release-bot'));
    expect(assumptions).toContainEqual({
      file: 'plan.json',
      code: 'tf-account-assumed',
      params: { provider: 'aws', account: A },
    });
  });

  it('points a problem at the address and the place in the file', () => {
    const doc = JSON.parse(text('plan-deploy.json')) as {
      resource_changes: { address: string; change: { after: Record<string, unknown> } }[];
    };
    const attachment = doc.resource_changes.find(
      (c) => c.address === 'aws_iam_group_policy_attachment.ops_read',
    );
    if (attachment) attachment.change.after.group = 'auditors';
    const { problems } = importFiles([{ name: 'plan.json', text: JSON.stringify(doc, null, 2) }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.severity).toBe('warning');
    expect(problems[0]?.field).toMatch(/^resource_changes\[\d+\]\.change\.after\.group$/);
    expect(problems[0]?.line).toBeGreaterThan(1);
    expect(problems[0]?.message).toContain(
      'aws_iam_group_policy_attachment.ops_read attaches to group auditors',
    );
  });

  it('says so when an assume_role argument is not a constant, whose value the plan does not print', () => {
    const doc = JSON.parse(text('plan-deploy.json')) as {
      configuration: { provider_config: Record<string, { expressions: { assume_role: object[] } }> };
    };
    const block = doc.configuration.provider_config['aws.deploy']?.expressions.assume_role[0] as Record<
      string,
      unknown
    >;
    block.policy = { references: ['data.aws_iam_policy_document.session.json'] };
    const { scenario, problems } = importFiles([{ name: 'plan.json', text: JSON.stringify(doc, null, 2) }]);
    expect(scenario.cliProfiles?.[0]?.sessionPolicy).toBeUndefined();
    expect(problems.map((p) => [p.severity, p.field])).toEqual([
      ['warning', 'configuration.provider_config["aws.deploy"].expressions.assume_role[0].policy'],
    ]);
  });

  it('refuses another major format version', () => {
    const { problems } = importFiles([
      { name: 'plan.json', text: '{"format_version": "2.0", "terraform_version": "2.0.0"}' },
    ]);
    expect(problems[0]?.message).toContain('format_version 2.0 is not 1.x');
  });

  it('reads a state', () => {
    const { scenario, problems } = importFiles([{ name: 'state.json', text: text('state.json') }]);
    expect(problems).toEqual([]);
    expect(scenario.roles?.map((r) => r.arn)).toEqual([role('ci-runner')]);
  });
});
