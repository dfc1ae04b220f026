import { describe, expect, it } from 'vitest';
import { pseudoRandom, sessionAccessKeyId, simulatedCredentials } from './simulatedCredentials';

const ROLE_A = 'arn:aws:iam::111122223333:role/RoleForA';
const ROLE_B = 'arn:aws:iam::111122223333:role/RoleForB';

describe('simulated session credentials', () => {
  it('have a key id shaped as a temporary one: ASIA and 16 base32 characters', () => {
    const keys = simulatedCredentials(ROLE_A, 'alice', 3600, 0).Credentials;
    expect(keys.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
  });

  it('differ for two roles assumed under the same session name, and for two sessions of one role', () => {
    const ids = [
      simulatedCredentials(ROLE_A, 'alice', 3600, 0),
      simulatedCredentials(ROLE_B, 'alice', 3600, 0),
      simulatedCredentials(ROLE_A, 'bob', 3600, 0),
    ].map((c) => c.Credentials.AccessKeyId);
    expect(new Set(ids).size).toBe(3);
  });

  it('are the same each time the same session is shown, the key id derived from its ARN', () => {
    const first = simulatedCredentials(ROLE_A, 'alice', 3600, 0);
    expect(simulatedCredentials(ROLE_A, 'alice', 3600, 0)).toEqual(first);
    expect(first.AssumedRoleUser.Arn).toBe('arn:aws:sts::111122223333:assumed-role/RoleForA/alice');
    expect(first.Credentials.AccessKeyId).toBe(sessionAccessKeyId(first.AssumedRoleUser.Arn));
  });

  it('expire the session duration after now, printed as STS prints it', () => {
    expect(simulatedCredentials(ROLE_A, 'alice', 900, 0).Credentials.Expiration).toBe('1970-01-01T00:15:00Z');
  });

  it('keep the secret from repeating the key id', () => {
    const keys = simulatedCredentials(ROLE_A, 'alice', 3600, 0).Credentials;
    expect(keys.SecretAccessKey).not.toContain(keys.AccessKeyId.slice(4, 12));
    expect(pseudoRandom('x/1', 16)).not.toBe(pseudoRandom('x/2', 16));
  });
});
