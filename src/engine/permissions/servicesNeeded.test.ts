import { describe, expect, it } from 'vitest';
import { aRole, aScenario, anIdentityPolicy, arns } from '../../model/builders';
import { galleryEntry } from '../../model/gallery';
import type { PolicyInput } from '../../model/policyBuilders';
import { prepareScenario } from '../graph/analysis/prepareScenario';
import { servicesNeeded } from './servicesNeeded';

describe('the services a scenario’s effective permissions need', () => {
  it('are those its Allow statements name, trust policies included', () => {
    const story = galleryEntry('ec2-cross-account-profile')?.scenario;
    if (!story) throw new Error('the EC2 story is missing');
    expect(servicesNeeded(prepareScenario(story))).toEqual(new Set(['s3', 'sts']));
  });

  it('are all of them once a statement names every service', () => {
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html
    const notIam = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }],
    };
    const role = (inline: PolicyInput) =>
      aScenario({ roles: [aRole(arns.role('111122223333', 'R'), { inline: { P: inline } })] });
    expect(servicesNeeded(prepareScenario(role(notIam)))).toBe('all');
    expect(servicesNeeded(prepareScenario(role(anIdentityPolicy.allow('*', '*'))))).toBe('all');
    expect(
      servicesNeeded(prepareScenario(role(anIdentityPolicy.deny('*', '*').allow('kms:Decrypt')))),
    ).toEqual(new Set(['kms', 'sts']));
  });
});
