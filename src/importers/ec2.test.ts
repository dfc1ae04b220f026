import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regionOfAvailabilityZone } from './ec2';
import { importFiles } from './importFiles';
import type { ImportFile } from './types';

const load = (name: string): ImportFile => ({
  name,
  text: readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'),
});

describe('describe-instances', () => {
  it('reads instances with an instance profile and finds their role in the GAAD of the same import', () => {
    const { scenario, problems } = importFiles([
      load('ec2-describe-instances.json'),
      load('gaad-account-b.json'),
    ]);
    expect(problems).toEqual([]);
    expect(scenario.instances).toEqual([
      {
        id: 'i-0a1b2c3d4e5f67890',
        account: '444455556666',
        region: 'us-east-1',
        instanceProfileArn: 'arn:aws:iam::444455556666:instance-profile/ec2-profile',
        roleArn: 'arn:aws:iam::444455556666:role/AssumeRoleInA',
        name: 'reports-runner',
      },
      {
        id: 'i-0123456789abcdef0',
        account: '444455556666',
        region: 'us-west-2',
        instanceProfileArn: 'arn:aws:iam::444455556666:instance-profile/eks-4ec5a6b2-node',
        roleArn: 'arn:aws:iam::444455556666:role/eks-node-role',
      },
    ]);
  });

  it('links the role when the GAAD comes in a later import', () => {
    const first = importFiles([load('ec2-describe-instances.json')]);
    expect(first.scenario.instances?.[0]?.roleArn).toBeUndefined();
    expect(first.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'ec2-roles-unknown',
        params: { count: 2 },
      }),
    ]);
    const second = importFiles([load('gaad-account-b.json')], first.scenario);
    expect(second.scenario.instances?.[0]?.roleArn).toBe('arn:aws:iam::444455556666:role/AssumeRoleInA');
  });

  it('takes the account from OwnerId when the profile ARN has none, and reports a missing zone', () => {
    const text = JSON.stringify(
      {
        Reservations: [
          {
            OwnerId: '444455556666',
            Instances: [
              {
                InstanceId: 'i-1',
                IamInstanceProfile: { Arn: 'arn:aws:iam:::instance-profile/p' },
                Placement: { AvailabilityZone: 'eu-west-1b' },
              },
              {
                InstanceId: 'i-2',
                IamInstanceProfile: { Arn: 'arn:aws:iam::444455556666:instance-profile/p' },
              },
            ],
          },
        ],
      },
      null,
      2,
    );
    const { scenario, problems } = importFiles([{ name: 'ec2.json', text }]);
    expect(scenario.instances?.map((i) => [i.id, i.account, i.region])).toEqual([
      ['i-1', '444455556666', 'eu-west-1'],
    ]);
    expect(problems[0]).toMatchObject({ field: 'Reservations[0].Instances[1]', line: 15, severity: 'error' });
  });

  it('maps availability zones, Local Zones and GovCloud zones to regions', () => {
    expect(regionOfAvailabilityZone('us-east-1a')).toBe('us-east-1');
    expect(regionOfAvailabilityZone('us-west-2-lax-1a')).toBe('us-west-2');
    expect(regionOfAvailabilityZone('us-gov-west-1b')).toBe('us-gov-west-1');
    expect(regionOfAvailabilityZone('ap-southeast-4c')).toBe('ap-southeast-4');
    expect(regionOfAvailabilityZone('nowhere')).toBeUndefined();
  });
});
