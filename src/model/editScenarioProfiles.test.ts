import { describe, expect, it } from 'vitest';
import { ec2CrossAccountScenario } from './examples/ec2CrossAccount';
import { canRemove, removeEntity } from './editScenario';
import {
  addCliProfile,
  checkCliProfile,
  profileSection,
  starterSessionPolicy,
  type ProfileInput,
} from './editScenarioProfiles';
import { cliProfileId } from './scenario';
import { validateScenarioValue } from './validateScenario';

const ROLE = 'arn:aws:iam::111122223333:role/RoleForB';
const onInstance: ProfileInput = {
  name: 'reader',
  roleArn: ROLE,
  source: { credentialSource: 'Ec2InstanceMetadata' },
};

describe('adding a CLI profile', () => {
  it('adds the profile the form describes, valid for the scenario format', () => {
    const next = addCliProfile(ec2CrossAccountScenario, { ...onInstance, externalId: 'reports-42' });
    expect(next.cliProfiles).toEqual([
      { name: 'reader', roleArn: ROLE, credentialSource: 'Ec2InstanceMetadata', externalId: 'reports-42' },
    ]);
    expect(validateScenarioValue(next).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('adds the session policies the profile passes: a starter inline policy and managed ARNs', () => {
    const arn = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
    const next = addCliProfile(ec2CrossAccountScenario, {
      ...onInstance,
      sessionPolicy: starterSessionPolicy(),
      sessionPolicyArns: [arn],
    });
    const [profile] = next.cliProfiles ?? [];
    expect(profile?.sessionPolicy).toEqual(starterSessionPolicy());
    expect(profile?.sessionPolicyArns).toEqual([arn]);
    expect(validateScenarioValue(next).problems).toEqual([]);
  });

  it('names what is wrong with the input', () => {
    const s = addCliProfile(ec2CrossAccountScenario, onInstance);
    expect(checkCliProfile(s, onInstance)).toBe('duplicate');
    expect(checkCliProfile(s, { ...onInstance, name: 'two words' })).toBe('profileName');
    expect(checkCliProfile(s, { ...onInstance, name: 'x', roleArn: 'RoleForB' })).toBe('roleArn');
    expect(checkCliProfile(s, { ...onInstance, name: 'x', source: { profile: 'nope' } })).toBe(
      'profileSource',
    );
    expect(checkCliProfile(s, { ...onInstance, name: 'x', source: { profile: 'reader' } })).toBeNull();
    expect(checkCliProfile(s, { ...onInstance, name: 'x', roleSessionName: 'a b' })).toBe('sessionName');
    expect(() => addCliProfile(s, onInstance)).toThrow(/duplicate/);
    const arns = (n: number) => Array.from({ length: n }, (_, i) => `arn:aws:iam::aws:policy/P${i}`);
    expect(checkCliProfile(s, { ...onInstance, name: 'x', sessionPolicyArns: ['ReadOnly'] })).toBe(
      'policyArn',
    );
    expect(checkCliProfile(s, { ...onInstance, name: 'x', sessionPolicyArns: arns(11) })).toBe('policyArn');
    expect(checkCliProfile(s, { ...onInstance, name: 'x', sessionPolicyArns: arns(10) })).toBeNull();
  });

  it('is removed by its graph node, leaving profiles that name it as they are', () => {
    let s = addCliProfile(ec2CrossAccountScenario, onInstance);
    s = addCliProfile(s, { name: 'next', roleArn: ROLE, source: { profile: 'reader' } });
    expect(canRemove(s, cliProfileId('reader'))).toBe(true);
    expect(removeEntity(s, cliProfileId('reader')).cliProfiles).toEqual([
      { name: 'next', roleArn: ROLE, sourceProfile: 'reader' },
    ]);
  });
});

describe('profileSection', () => {
  it('writes the profile back as the AWS CLI reads it', () => {
    expect(
      profileSection({
        name: 'reader',
        roleArn: ROLE,
        credentialSource: 'Ec2InstanceMetadata',
        durationSeconds: 900,
      }),
    ).toBe(
      `[profile reader]\nrole_arn = ${ROLE}\ncredential_source = Ec2InstanceMetadata\nduration_seconds = 900`,
    );
    expect(profileSection({ name: 'default' })).toBe('[default]');
  });
});
