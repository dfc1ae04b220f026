import { describe, expect, it } from 'vitest';
import { ec2CrossAccountScenario } from './examples/ec2CrossAccount';
import { canRemove, removeEntity } from './editScenario';
import { addCliProfile, checkCliProfile, profileSection, type ProfileInput } from './editScenarioProfiles';
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
